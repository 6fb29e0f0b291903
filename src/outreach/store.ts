import type { Kysely } from 'kysely';
import type { Executor } from '../store/store.js';

interface OutreachDevicesTable {
  id: string;
  user_id: string;
  office_id: string;
  outreach_event_id: string;
  label: string;
  unlock_secret: string;
  created_at: string;
  last_seen_at: string;
  wiped_at: string | null;
  wiped_by: string | null;
}

interface OutreachReferencesTable {
  reference: string;
  device_id: string;
  issued_at: string;
  application_id: string | null;
}

interface OutreachChangesTable {
  change_id: string;
  device_id: string;
  kind: string;
  subject_id: string | null;
  outcome: string;
  result: string;
  received_at: string;
}

interface OutreachEditsTable {
  person_id: string;
  person_version: number;
  field: string;
  device_id: string;
  user_id: string;
  change_id: string;
}

interface OutreachConflictsTable {
  id: string;
  person_id: string;
  field: string;
  base_version: number;
  current_value: string | null;
  current_author: string;
  proposed_value: string | null;
  proposed_author: string;
  change_id: string;
  state: string;
  created_at: string;
  resolved_by: string | null;
  resolved_at: string | null;
  chosen: string | null;
}

export interface OutreachTables {
  outreach_devices: OutreachDevicesTable;
  outreach_references: OutreachReferencesTable;
  outreach_changes: OutreachChangesTable;
  outreach_edits: OutreachEditsTable;
  outreach_conflicts: OutreachConflictsTable;
}

export type DeviceRow = OutreachDevicesTable;
export type ChangeRow = OutreachChangesTable;
export type EditRow = OutreachEditsTable;
export type ConflictRow = OutreachConflictsTable;
type Db = Kysely<OutreachTables>;
const t = (db: Executor) => db as unknown as Db;

export const outreachStore = {
  insertDevice: (db: Executor, row: DeviceRow) => t(db).insertInto('outreach_devices').values(row).execute(),
  device: (db: Executor, id: string) => t(db).selectFrom('outreach_devices').selectAll().where('id', '=', id).executeTakeFirst(),
  devicesOf: (db: Executor, userId: string) => t(db).selectFrom('outreach_devices').selectAll().where('user_id', '=', userId).orderBy('created_at').execute(),
  allDevices: (db: Executor) => t(db).selectFrom('outreach_devices').selectAll().orderBy('created_at').execute(),
  seen: (db: Executor, id: string, at: string) => t(db).updateTable('outreach_devices').set({ last_seen_at: at }).where('id', '=', id).execute(),
  wipe: (db: Executor, id: string, by: string | null, at: string) =>
    t(db).updateTable('outreach_devices').set({ wiped_at: at, wiped_by: by }).where('id', '=', id).where('wiped_at', 'is', null).execute(),

  insertReferences: (db: Executor, rows: OutreachReferencesTable[]) => t(db).insertInto('outreach_references').values(rows).execute(),
  issuedReferences: async (db: Executor, candidates: readonly string[]) =>
    candidates.length
      ? (await t(db).selectFrom('outreach_references').select('reference').where('reference', 'in', [...candidates]).execute()).map((r) => r.reference)
      : [],
  reference: (db: Executor, reference: string) => t(db).selectFrom('outreach_references').selectAll().where('reference', '=', reference).executeTakeFirst(),
  unusedReferences: async (db: Executor, deviceId: string) =>
    (await t(db).selectFrom('outreach_references').select('reference').where('device_id', '=', deviceId).where('application_id', 'is', null).orderBy('issued_at').orderBy('reference').execute()).map(
      (r) => r.reference,
    ),
  useReference: (db: Executor, reference: string, applicationId: string) =>
    t(db).updateTable('outreach_references').set({ application_id: applicationId }).where('reference', '=', reference).execute(),

  change: (db: Executor, changeId: string) => t(db).selectFrom('outreach_changes').selectAll().where('change_id', '=', changeId).executeTakeFirst(),
  insertChange: (db: Executor, row: ChangeRow) => t(db).insertInto('outreach_changes').values(row).execute(),

  insertEdit: (db: Executor, row: EditRow) => t(db).insertInto('outreach_edits').values(row).execute(),
  editsAfter: (db: Executor, personId: string, version: number) =>
    t(db).selectFrom('outreach_edits').selectAll().where('person_id', '=', personId).where('person_version', '>', version).execute(),

  insertConflict: (db: Executor, row: ConflictRow) => t(db).insertInto('outreach_conflicts').values(row).execute(),
  conflict: (db: Executor, id: string) => t(db).selectFrom('outreach_conflicts').selectAll().where('id', '=', id).executeTakeFirst(),
  openConflicts: async (db: Executor) =>
    Number((await t(db).selectFrom('outreach_conflicts').select((eb) => eb.fn.countAll<number>().as('n')).where('state', '=', 'open').executeTakeFirstOrThrow()).n),
  devicesByIds: (db: Executor, ids: readonly string[]) => (ids.length ? t(db).selectFrom('outreach_devices').select(['id', 'label']).where('id', 'in', [...ids]).execute() : Promise.resolve([])),
  conflicts: (db: Executor, state: string) => t(db).selectFrom('outreach_conflicts').selectAll().where('state', '=', state).orderBy('created_at').orderBy('id').limit(500).execute(),
  /**
   * Erasure (issue 4): conflicts (they hold values) and field edits of these people go; the
   * answers to changes about them or their applications keep only their outcome, so that a device
   * resending one is answered without anything being created again; their numbers are released.
   */
  async forget(db: Executor, personIds: readonly string[], applicationIds: readonly string[]) {
    if (personIds.length) {
      await t(db).deleteFrom('outreach_conflicts').where('person_id', 'in', [...personIds]).execute();
      await t(db).deleteFrom('outreach_edits').where('person_id', 'in', [...personIds]).execute();
    }
    const subjects = [...personIds, ...applicationIds];
    if (subjects.length) {
      const rows = await t(db).selectFrom('outreach_changes').select(['change_id', 'outcome']).where('subject_id', 'in', subjects).execute();
      for (const r of rows) {
        await t(db).updateTable('outreach_changes').set({ subject_id: null, result: JSON.stringify({ changeId: r.change_id, outcome: r.outcome }) }).where('change_id', '=', r.change_id).execute();
      }
    }
    if (applicationIds.length) await t(db).deleteFrom('outreach_references').where('application_id', 'in', [...applicationIds]).execute();
  },

  resolve: async (db: Executor, id: string, chosen: string, by: string | null, at: string) => {
    const r = await t(db)
      .updateTable('outreach_conflicts')
      .set({ state: 'resolved', chosen, resolved_by: by, resolved_at: at })
      .where('id', '=', id)
      .where('state', '=', 'open')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
