import { sql } from 'kysely';
import type { AuditEvent } from '../../src/audit/service.js';
import type { Runtime } from '../../src/runtime.js';

/** `n` audit entries of reads, as a busy day writes them (through the group commit). */
export async function writeReads(runtime: Runtime, n: number, from = 0) {
  const events: AuditEvent[] = Array.from({ length: n }, (_, i) => ({
    actor: { id: `staff-${(from + i) % 13}`, role: 'reviewer' },
    action: 'read',
    purpose: 'case-processing',
    record: { type: 'person', id: `person-${from + i}` },
    sections: ['identity'],
  }));
  for (let i = 0; i < events.length; i += 250) await runtime.services.audit.recordReads(...events.slice(i, i + 250));
}

/**
 * What an intruder with the database owner's rights does first: switch off the triggers that
 * keep the audit tables append-only. Whatever they do next must show in `audit verify`.
 */
export async function disableAppendOnly(runtime: Runtime) {
  const { store } = runtime.deps;
  for (const table of ['audit_entries', 'audit_blocks', 'audit_checkpoints']) {
    if (store.dialect === 'postgres') await sql`alter table ${sql.table(table)} disable trigger user`.execute(store.writer);
    else for (const op of ['update', 'delete']) await sql`drop trigger if exists ${sql.raw(`${table}_no_${op}`)}`.execute(store.writer);
  }
}
