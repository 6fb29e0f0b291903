import type { Kysely } from 'kysely';

interface CorrectionRequestsTable {
  id: string;
  person_id: string;
  application_id: string;
  field: string;
  requested_value: string | null;
  comment: string | null;
  state: string;
  requested_at: string;
  resolved_at: string | null;
  resolved_by: string | null;
  resolved_role: string | null;
  resolution_note: string | null;
  version: number;
}

interface ErasureRequestsTable {
  id: string;
  person_id: string;
  application_id: string;
  /** 'open' → 'erased' (by the erasure that covered the person) or 'refused' (with a note). */
  state: string;
  requested_at: string;
  decided_at: string | null;
  decided_by: string | null;
  decided_role: string | null;
  decision_note: string | null;
  erasure_id: string | null;
  version: number;
}

interface ErasuresTable {
  id: string;
  reason: string;
  note: string | null;
  requested_by: string | null;
  requested_role: string;
  /** 'rows-erased' → 'files-removed' → 'done' (see erasure.ts). */
  stage: string;
  /** Files to remove once no row refers to them (JSON array of file ids). */
  file_ids: string;
  people: number;
  applications: number;
  created_at: string;
  finished_at: string | null;
}

interface ErasureTargetsTable {
  kind: string;
  id: string;
  erasure_id: string;
}

interface LegalHoldsTable {
  id: string;
  person_id: string;
  reason: string;
  placed_by: string | null;
  placed_at: string;
  lifted_by: string | null;
  lifted_at: string | null;
}

interface PersonalExportsTable {
  id: string;
  requested_by: string;
  requested_role: string;
  recipient: string;
  purpose: string;
  columns: string;
  filter: string;
  days: number;
  state: string;
  decided_by: string | null;
  decided_role: string | null;
  decided_at: string | null;
  decision_note: string | null;
  expires_at: string | null;
  file_id: string | null;
  rows: number | null;
  version: number;
  created_at: string;
}

interface ExportPeopleTable {
  export_id: string;
  person_id: string;
}

export interface RightsTables {
  correction_requests: CorrectionRequestsTable;
  erasure_requests: ErasureRequestsTable;
  erasures: ErasuresTable;
  erasure_targets: ErasureTargetsTable;
  legal_holds: LegalHoldsTable;
  personal_exports: PersonalExportsTable;
  export_people: ExportPeopleTable;
}

export type CorrectionRow = CorrectionRequestsTable;
export type ErasureRequestRow = ErasureRequestsTable;
export type ErasureRow = ErasuresTable;
export type HoldRow = LegalHoldsTable;
export type ExportRow = PersonalExportsTable;
type Db = Kysely<RightsTables>;

export const rightsStore = {
  // Residents' erasure requests
  insertErasureRequest: (db: Db, row: ErasureRequestRow) => db.insertInto('erasure_requests').values(row).execute(),
  erasureRequest: (db: Db, id: string) => db.selectFrom('erasure_requests').selectAll().where('id', '=', id).executeTakeFirst(),
  erasureRequestsOf: (db: Db, personIds: readonly string[]) =>
    personIds.length ? db.selectFrom('erasure_requests').selectAll().where('person_id', 'in', personIds).orderBy('requested_at', 'desc').execute() : Promise.resolve([]),
  erasureRequestsInState: (db: Db, state: string, limit: number) =>
    db.selectFrom('erasure_requests').selectAll().where('state', '=', state).orderBy('requested_at').limit(limit).execute(),
  async decideErasureRequest(db: Db, id: string, expectedVersion: number, set: Pick<ErasureRequestRow, 'state' | 'decided_at' | 'decided_by' | 'decided_role' | 'decision_note'>) {
    const r = await db.updateTable('erasure_requests').set({ ...set, version: expectedVersion + 1 }).where('id', '=', id).where('version', '=', expectedVersion).where('state', '=', 'open').executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  /** The open requests of people an erasure covered are answered by it, in its transaction. */
  answerErasureRequests: (db: Db, personIds: readonly string[], set: Pick<ErasureRequestRow, 'erasure_id' | 'decided_at' | 'decided_by' | 'decided_role'>) =>
    personIds.length
      ? db
          .updateTable('erasure_requests')
          .set((eb) => ({ ...set, state: 'erased', version: eb('version', '+', 1) }))
          .where('person_id', 'in', personIds)
          .where('state', '=', 'open')
          .execute()
      : Promise.resolve([]),

  // Corrections
  insertCorrection: (db: Db, row: CorrectionRow) => db.insertInto('correction_requests').values(row).execute(),
  correction: (db: Db, id: string) => db.selectFrom('correction_requests').selectAll().where('id', '=', id).executeTakeFirst(),
  correctionsOf: (db: Db, personIds: readonly string[]) =>
    personIds.length ? db.selectFrom('correction_requests').selectAll().where('person_id', 'in', personIds).orderBy('requested_at', 'desc').execute() : Promise.resolve([]),
  correctionsInState: (db: Db, state: string, limit: number) =>
    db.selectFrom('correction_requests').selectAll().where('state', '=', state).orderBy('requested_at').limit(limit).execute(),
  /** Resolves a request only from the version read; false when someone resolved it first. */
  async resolveCorrection(db: Db, id: string, expectedVersion: number, set: Pick<CorrectionRow, 'state' | 'resolved_at' | 'resolved_by' | 'resolved_role' | 'resolution_note'>) {
    const r = await db.updateTable('correction_requests').set({ ...set, version: expectedVersion + 1 }).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  forgetCorrections: (db: Db, personIds: readonly string[]) =>
    personIds.length ? db.deleteFrom('correction_requests').where('person_id', 'in', personIds).execute() : Promise.resolve([]),

  // Erasures
  insertErasure: (db: Db, row: ErasureRow, targets: { kind: string; id: string }[]) =>
    db
      .insertInto('erasures')
      .values(row)
      .execute()
      .then(() => (targets.length ? db.insertInto('erasure_targets').values(targets.map((t) => ({ ...t, erasure_id: row.id }))).execute() : [])),
  erasure: (db: Db, id: string) => db.selectFrom('erasures').selectAll().where('id', '=', id).executeTakeFirst(),
  erasures: (db: Db, limit: number) => db.selectFrom('erasures').selectAll().orderBy('created_at', 'desc').limit(limit).execute(),
  unfinishedErasures: (db: Db) => db.selectFrom('erasures').selectAll().where('stage', '!=', 'done').orderBy('created_at').execute(),
  /** The erasure that already covers any of these targets, if one does. */
  erasureCovering: (db: Db, kind: string, ids: readonly string[]) =>
    ids.length
      ? db.selectFrom('erasure_targets').select('erasure_id').where('kind', '=', kind).where('id', 'in', ids).executeTakeFirst()
      : Promise.resolve(undefined),
  erasedIds: async (db: Db, kind: string, ids: readonly string[]) =>
    new Set(ids.length ? (await db.selectFrom('erasure_targets').select('id').where('kind', '=', kind).where('id', 'in', ids).execute()).map((r) => r.id) : []),
  /** Moves an erasure to its next stage, only from the stage it was read in (two nodes may resume it). */
  async advanceErasure(db: Db, id: string, from: string, to: string, finishedAt: string | null) {
    const r = await db.updateTable('erasures').set({ stage: to, finished_at: finishedAt }).where('id', '=', id).where('stage', '=', from).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  // Legal holds
  insertHold: (db: Db, row: HoldRow) => db.insertInto('legal_holds').values(row).execute(),
  hold: (db: Db, id: string) => db.selectFrom('legal_holds').selectAll().where('id', '=', id).executeTakeFirst(),
  holdsOf: (db: Db, personId: string) => db.selectFrom('legal_holds').selectAll().where('person_id', '=', personId).orderBy('placed_at', 'desc').execute(),
  activeHolds: (db: Db, personIds: readonly string[]) =>
    personIds.length ? db.selectFrom('legal_holds').selectAll().where('person_id', 'in', personIds).where('lifted_at', 'is', null).execute() : Promise.resolve([]),
  async liftHold(db: Db, id: string, by: string | null, at: string) {
    const r = await db.updateTable('legal_holds').set({ lifted_by: by, lifted_at: at }).where('id', '=', id).where('lifted_at', 'is', null).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  // Exports
  insertExport: (db: Db, row: ExportRow) => db.insertInto('personal_exports').values(row).execute(),
  export: (db: Db, id: string) => db.selectFrom('personal_exports').selectAll().where('id', '=', id).executeTakeFirst(),
  exports: (db: Db, limit: number) => db.selectFrom('personal_exports').selectAll().orderBy('created_at', 'desc').limit(limit).execute(),
  /** Changes an export only from the version read; false when another change won. */
  async updateExport(db: Db, id: string, expectedVersion: number, set: Partial<Omit<ExportRow, 'id' | 'version'>>) {
    const r = await db.updateTable('personal_exports').set({ ...set, version: expectedVersion + 1 }).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
  insertExportPeople: async (db: Db, exportId: string, personIds: readonly string[]) => {
    for (let i = 0; i < personIds.length; i += 500) {
      await db.insertInto('export_people').values(personIds.slice(i, i + 500).map((person_id) => ({ export_id: exportId, person_id }))).execute();
    }
  },
  exportPeople: async (db: Db, exportId: string) =>
    (await db.selectFrom('export_people').select('person_id').where('export_id', '=', exportId).execute()).map((r) => r.person_id),
  /** Exports whose file is still there and holds any of these people. */
  liveExportsWith: (db: Db, personIds: readonly string[]) =>
    personIds.length
      ? db
          .selectFrom('personal_exports')
          .selectAll()
          .where('state', '=', 'approved')
          .where('id', 'in', db.selectFrom('export_people').select('export_id').where('person_id', 'in', personIds))
          .execute()
      : Promise.resolve([]),
  expiredExports: (db: Db, now: string) => db.selectFrom('personal_exports').selectAll().where('state', '=', 'approved').where('expires_at', '<=', now).execute(),
};
