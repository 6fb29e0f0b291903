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
