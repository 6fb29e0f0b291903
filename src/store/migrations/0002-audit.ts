import type { HomewardMigration } from '../ddl.js';

export const auditMigration: HomewardMigration = {
  name: '0002-audit',
  async up(db, ddl) {
    await ddl
      .serialKey(db.schema.createTable('audit_entries'), 'seq')
      .addColumn('at', ddl.timestamp, (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('actor_role', 'text', (c) => c.notNull())
      .addColumn('action', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text')
      .addColumn('record_type', 'text')
      .addColumn('record_id', 'text')
      .addColumn('sections', 'text')
      .addColumn('detail', 'text')
      .execute();
    await db.schema.createIndex('audit_record').on('audit_entries').columns(['record_type', 'record_id']).execute();
    await db.schema.createIndex('audit_actor').on('audit_entries').columns(['actor_id', 'at']).execute();
  },
};
