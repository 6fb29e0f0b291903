import { sql } from 'kysely';
import type { HomewardMigration } from '../ddl.js';

const appendOnly = ['audit_entries', 'audit_blocks', 'audit_checkpoints'];

/**
 * The audit trail's hash chain: blocks of entries linked by hash (audit/sealer.ts) and checkpoints
 * signed with the server's Ed25519 key. All three tables are append-only for everyone who does
 * not own them: a trigger refuses UPDATE, DELETE and TRUNCATE (and on PostgreSQL the application's
 * role is also denied those privileges — see docs/postgresql-roles.md).
 */
export const auditChainMigration: HomewardMigration = {
  name: '0010-audit-chain',
  async up(db, ddl) {
    await db.schema
      .createTable('audit_blocks')
      .addColumn('number', 'bigint', (c) => c.primaryKey())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('end_position', 'bigint', (c) => c.notNull())
      .addColumn('high_seq', 'bigint', (c) => c.notNull())
      .addColumn('seqs', 'text', (c) => c.notNull())
      .addColumn('digests', ddl.blob, (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('sealed_at', ddl.timestamp, (c) => c.notNull())
      .execute();
    await db.schema
      .createTable('audit_checkpoints')
      .addColumn('block', 'bigint', (c) => c.primaryKey())
      .addColumn('size', 'bigint', (c) => c.notNull())
      .addColumn('hash', 'text', (c) => c.notNull())
      .addColumn('at', ddl.timestamp, (c) => c.notNull())
      .addColumn('key_id', 'text', (c) => c.notNull())
      .addColumn('signature', 'text', (c) => c.notNull())
      .execute();

    if (ddl.dialect === 'postgres') {
      await sql`create function homeward_append_only() returns trigger language plpgsql as $$
        begin
          raise exception 'the audit trail is append-only: % on % refused', tg_op, tg_table_name using errcode = '42501';
        end $$`.execute(db);
      for (const table of appendOnly) {
        await sql`create trigger ${sql.raw(`${table}_append_only`)} before update or delete on ${sql.table(table)} for each row execute function homeward_append_only()`.execute(db);
        await sql`create trigger ${sql.raw(`${table}_no_truncate`)} before truncate on ${sql.table(table)} for each statement execute function homeward_append_only()`.execute(db);
      }
    } else {
      for (const table of appendOnly) {
        for (const op of ['update', 'delete']) {
          await sql`create trigger ${sql.raw(`${table}_no_${op}`)} before ${sql.raw(op)} on ${sql.table(table)} begin select raise(abort, ${sql.lit(`the audit trail is append-only: ${op} on ${table} refused`)}); end`.execute(db);
        }
      }
    }
  },
};
