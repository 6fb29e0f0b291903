import type { Kysely } from 'kysely';

interface AuditEntriesTable {
  seq: number;
  at: string;
  actor_id: string | null;
  actor_role: string;
  action: string;
  purpose: string | null;
  record_type: string | null;
  record_id: string | null;
  sections: string | null;
  detail: string | null;
}

export interface AuditTables {
  audit_entries: Omit<AuditEntriesTable, 'seq'> & { seq?: number };
}

export type AuditRow = Omit<AuditEntriesTable, 'seq'>;

export const auditStore = {
  /** Entries about any of these records (by type, then ids), newest first. */
  async about(db: Kysely<AuditTables>, records: readonly { type: string; ids: readonly string[] }[], limit: number) {
    const wanted = records.filter((r) => r.ids.length);
    if (!wanted.length) return [];
    return db
      .selectFrom('audit_entries')
      .selectAll()
      .where((eb) => eb.or(wanted.map((r) => eb.and([eb('record_type', '=', r.type), eb('record_id', 'in', r.ids)]))))
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
  },

  async forRecord(db: Kysely<AuditTables>, recordType: string, recordId: string, limit: number) {
    return db
      .selectFrom('audit_entries')
      .selectAll()
      .where('record_type', '=', recordType)
      .where('record_id', '=', recordId)
      .orderBy('seq', 'desc')
      .limit(limit)
      .execute();
  },
};
