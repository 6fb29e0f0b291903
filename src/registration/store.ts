import type { Kysely } from 'kysely';
import type { RowSet } from '../store/row-sets.js';
import type { AttachmentKind } from './core/attachments.js';

interface ApplicationsTable {
  id: string;
  reference: string | null;
  type: string;
  channel: string;
  office_id: string | null;
  outreach_event_id: string | null;
  applicant_id: string;
  household_id: string | null;
  intake_user_id: string | null;
  wishes_to_reside: number;
  wishes_citizenship: number;
  notice_version: string;
  notice_language: string;
  notice_mode: string;
  state: string;
  version: number;
  created_on: string;
  created_at: string;
  updated_at: string;
  /** Set when the application was anonymised (erasure, retention); absent on rows being written. */
  anonymised_at?: string | null;
}

interface ApplicationActionsTable {
  application_id: string;
  version: number;
  type: string;
  state_after: string;
  actor_id: string | null;
  actor_role: string;
  channel: string;
  at: string;
  reason_code: string | null;
  comment: string | null;
}

interface AttachmentsTable {
  id: string;
  application_id: string;
  /** Checked against attachmentKinds when the scan was received. */
  kind: AttachmentKind;
  media_type: string;
  size: number;
  /** The scan's id in the file store, where it is encrypted. */
  file_id: string;
  created_by: string | null;
  created_at: string;
}

export interface RegistrationTables {
  applications: ApplicationsTable;
  application_actions: ApplicationActionsTable;
  attachments: AttachmentsTable;
}

export type ApplicationRow = ApplicationsTable;
export type ActionRow = ApplicationActionsTable;
export type AttachmentRow = AttachmentsTable;
type Db = Kysely<RegistrationTables>;

export interface ListFilter {
  state?: string;
  officeId?: string;
  channel?: string;
  outreachEventId?: string;
  from?: string;
  to?: string;
  newestFirst: boolean;
  limit: number;
  offset: number;
}

export function applicationRowSets(app: ApplicationRow, actions: ActionRow[]): RowSet[] {
  return [
    { table: 'applications', rows: [app] },
    { table: 'application_actions', rows: actions },
  ];
}

export const registrationStore = {
  /**
   * Appends an action and moves the cached state, only if nobody moved the application since
   * `expectedVersion` was read: false means another change won and this one must not apply.
   */
  async appendAction(db: Db, action: ActionRow, expectedVersion: number): Promise<boolean> {
    const updated = await db
      .updateTable('applications')
      .set({ state: action.state_after, version: action.version, updated_at: action.at })
      .where('id', '=', action.application_id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return false;
    await db.insertInto('application_actions').values(action).execute();
    return true;
  },

  application: (db: Db, id: string) => db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirst(),

  applicationByReference: (db: Db, reference: string) =>
    db.selectFrom('applications').selectAll().where('reference', '=', reference).executeTakeFirst(),

  async referencesTaken(db: Db, references: readonly string[]): Promise<string[]> {
    if (!references.length) return [];
    return (await db.selectFrom('applications').select('reference').where('reference', 'in', [...references]).execute()).map((r) => r.reference!);
  },

  actions: (db: Db, applicationId: string) =>
    db.selectFrom('application_actions').selectAll().where('application_id', '=', applicationId).orderBy('version').execute(),

  attachments: (db: Db, applicationId: string) =>
    db.selectFrom('attachments').selectAll().where('application_id', '=', applicationId).orderBy('created_at').execute(),

  attachment: (db: Db, applicationId: string, id: string) =>
    db.selectFrom('attachments').selectAll().where('application_id', '=', applicationId).where('id', '=', id).executeTakeFirst(),

  insertAttachment: (db: Db, row: AttachmentRow) => db.insertInto('attachments').values(row).execute(),

  async list(db: Db, f: ListFilter) {
    let q = db.selectFrom('applications');
    if (f.state) q = q.where('state', '=', f.state);
    if (f.officeId) q = q.where('office_id', '=', f.officeId);
    if (f.channel) q = q.where('channel', '=', f.channel);
    if (f.outreachEventId) q = q.where('outreach_event_id', '=', f.outreachEventId);
    if (f.from) q = q.where('created_on', '>=', f.from);
    if (f.to) q = q.where('created_on', '<=', f.to);
    const [rows, total] = await Promise.all([
      q
        .selectAll()
        .orderBy('created_at', f.newestFirst ? 'desc' : 'asc')
        .orderBy('id', f.newestFirst ? 'desc' : 'asc')
        .limit(f.limit)
        .offset(f.offset)
        .execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(total.n) };
  },

  async references(db: Db): Promise<string[]> {
    const rows = await db.selectFrom('applications').select('reference').where('reference', 'is not', null).execute();
    return rows.map((r) => r.reference!);
  },

  /** The applicants of an office's applications, newest first (what an outreach device checks duplicates against). */
  applicantsOfOffice: async (db: Db, officeId: string, limit: number) =>
    (await db.selectFrom('applications').select('applicant_id').where('office_id', '=', officeId).orderBy('created_at', 'desc').limit(limit).execute()).map((r) => r.applicant_id),

  /** The offices whose applications these people made. */
  applicantOffices: async (db: Db, personIds: readonly string[]) =>
    personIds.length ? (await db.selectFrom('applications').select('office_id').distinct().where('applicant_id', 'in', [...personIds]).execute()).map((r) => r.office_id) : [],

  householdOffices: async (db: Db, householdIds: readonly string[]) =>
    householdIds.length ? (await db.selectFrom('applications').select('office_id').distinct().where('household_id', 'in', [...householdIds]).execute()).map((r) => r.office_id) : [],

  applicationsOf: (db: Db, personIds: readonly string[]) =>
    personIds.length ? db.selectFrom('applications').select('id').where('applicant_id', 'in', personIds).execute() : Promise.resolve([]),

  applicationsOfHouseholds: (db: Db, householdIds: readonly string[]) =>
    householdIds.length ? db.selectFrom('applications').select('id').where('household_id', 'in', householdIds).execute() : Promise.resolve([]),

  applicationsByIds: (db: Db, ids: readonly string[]) =>
    ids.length ? db.selectFrom('applications').selectAll().where('id', 'in', ids).execute() : Promise.resolve([]),

  attachmentsOf: (db: Db, applicationIds: readonly string[]) =>
    applicationIds.length ? db.selectFrom('attachments').selectAll().where('application_id', 'in', applicationIds).execute() : Promise.resolve([]),

  /** Applications in the given states whose last action is before that state's cutoff, not anonymised yet, oldest first. */
  closedBefore(db: Db, cutoffs: Readonly<Record<string, string>>, limit: number) {
    const states = Object.entries(cutoffs);
    if (!states.length) return Promise.resolve([]);
    return db
      .selectFrom('applications')
      .select(['id', 'state', 'updated_at'])
      .where('anonymised_at', 'is', null)
      .where((eb) => eb.or(states.map(([state, cutoff]) => eb.and([eb('state', '=', state), eb('updated_at', '<', cutoff)]))))
      .orderBy('updated_at')
      .limit(limit)
      .execute();
  },

  /**
   * Anonymises applications: the reference number, every comment and the scans' rows go; what
   * published figures count (day, channel, office, outreach reception, state) and the steps stay.
   */
  async anonymise(db: Db, ids: readonly string[], at: string) {
    if (!ids.length) return;
    await db.updateTable('applications').set({ reference: null, anonymised_at: at }).where('id', 'in', ids).execute();
    await db.updateTable('application_actions').set({ comment: null }).where('application_id', 'in', ids).execute();
    await db.deleteFrom('attachments').where('application_id', 'in', ids).execute();
  },

  /** Applications per local day, channel, office and outreach event. */
  intakeCounts: (db: Db, from: string, to: string) =>
    db
      .selectFrom('applications')
      .select(['created_on', 'channel', 'office_id', 'outreach_event_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('created_on', '>=', from)
      .where('created_on', '<=', to)
      .groupBy(['created_on', 'channel', 'office_id', 'outreach_event_id'])
      .orderBy('created_on')
      .orderBy('channel')
      .execute(),
};
