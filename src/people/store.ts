import type { Kysely } from 'kysely';
import type { RowSet } from '../store/row-sets.js';

interface PeopleTable {
  id: string;
  given_name: string;
  given_name_script: string;
  patronymic: string | null;
  patronymic_script: string | null;
  family_name: string;
  family_name_script: string;
  sex: string | null;
  birth_date: string | null;
  birth_place_id: string | null;
  birth_place_text: string | null;
  residence_place_id: string | null;
  residence_text: string | null;
  email: string | null;
  language: string;
  notify_by: string;
  merged_into_id: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

interface PersonPhonesTable {
  person_id: string;
  position: number;
  e164: string | null;
  raw: string;
}

interface PersonDocumentsTable {
  person_id: string;
  position: number;
  type: string;
  number_raw: string;
  number_normalised: string;
  format_ok: number;
  issuer: string | null;
}

interface HouseholdsTable {
  id: string;
  contact_person_id: string | null;
  version: number;
  created_at: string;
}

interface HouseholdMembersTable {
  household_id: string;
  person_id: string;
  relationship: string;
}

interface PersonAliasesTable {
  person_id: string;
  source_person_id: string;
  given_name: string;
  patronymic: string | null;
  family_name: string;
}

interface PersonEventsTable {
  person_id: string;
  version: number;
  type: string;
  actor_id: string | null;
  actor_role: string;
  at: string;
  payload: string;
}

export interface PeopleTables {
  people: PeopleTable;
  person_phones: PersonPhonesTable;
  person_documents: PersonDocumentsTable;
  households: HouseholdsTable;
  household_members: HouseholdMembersTable;
  person_events: PersonEventsTable;
  person_aliases: PersonAliasesTable;
}

export type PersonRow = PeopleTable;
export type PhoneRow = PersonPhonesTable;
export type DocumentRow = PersonDocumentsTable;
export type PersonEventRow = PersonEventsTable;
export type HouseholdMemberRow = HouseholdMembersTable;

/** A person's rows across the tables that make up the record. */
export interface PersonRows {
  person: PersonRow;
  phones: PhoneRow[];
  documents: DocumentRow[];
  householdId: string | null;
  aliases?: PersonAliasesTable[];
}

export type AliasRow = PersonAliasesTable;

type Db = Kysely<PeopleTables>;

/** The rows that record a new person, in the order their foreign keys need. */
export function personRowSets(rows: Omit<PersonRows, 'householdId'>, event: PersonEventRow): RowSet[] {
  return [
    { table: 'people', rows: [rows.person] },
    { table: 'person_phones', rows: rows.phones },
    { table: 'person_documents', rows: rows.documents },
    { table: 'person_events', rows: [event] },
  ];
}

export function householdRowSets(household: HouseholdsTable, members: HouseholdMemberRow[]): RowSet[] {
  return [
    { table: 'households', rows: [household] },
    { table: 'household_members', rows: members },
  ];
}

export const peopleStore = {
  /** People with their phones, documents and household, in one round trip per table. */
  async peopleByIds(db: Db, ids: readonly string[]): Promise<Map<string, PersonRows>> {
    const out = new Map<string, PersonRows>();
    if (!ids.length) return out;
    const [people, phones, documents, memberships, aliases] = await Promise.all([
      db.selectFrom('people').selectAll().where('id', 'in', ids).execute(),
      db.selectFrom('person_phones').selectAll().where('person_id', 'in', ids).orderBy('position').execute(),
      db.selectFrom('person_documents').selectAll().where('person_id', 'in', ids).orderBy('position').execute(),
      db.selectFrom('household_members').select(['person_id', 'household_id']).where('person_id', 'in', ids).execute(),
      db.selectFrom('person_aliases').selectAll().where('person_id', 'in', ids).orderBy('source_person_id').execute(),
    ]);
    for (const person of people) out.set(person.id, { person, phones: [], documents: [], householdId: null, aliases: [] });
    for (const a of aliases) out.get(a.person_id)?.aliases!.push(a);
    for (const p of phones) out.get(p.person_id)?.phones.push(p);
    for (const d of documents) out.get(d.person_id)?.documents.push(d);
    for (const m of memberships) {
      const rows = out.get(m.person_id);
      if (rows) rows.householdId = m.household_id;
    }
    return out;
  },

  /** Moves a person's merge pointer, only from the version the caller read; false if someone moved first. */
  async setMergedInto(db: Db, id: string, mergedIntoId: string | null, expectedVersion: number, at: string): Promise<boolean> {
    const r = await db
      .updateTable('people')
      .set({ merged_into_id: mergedIntoId, version: expectedVersion + 1, updated_at: at })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async bumpVersion(db: Db, id: string, expectedVersion: number, at: string): Promise<boolean> {
    const r = await db.updateTable('people').set({ version: expectedVersion + 1, updated_at: at }).where('id', '=', id).where('version', '=', expectedVersion).executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  insertEvents: (db: Db, events: PersonEventRow[]) => db.insertInto('person_events').values(events).execute(),
  insertAlias: (db: Db, alias: PersonAliasesTable) => db.insertInto('person_aliases').values(alias).execute(),
  deleteAlias: (db: Db, personId: string, sourceId: string) =>
    db.deleteFrom('person_aliases').where('person_id', '=', personId).where('source_person_id', '=', sourceId).execute(),

  /** The next page of person ids after `afterId`, in id order: for commands that walk the whole registry. */
  async idsAfter(db: Db, afterId: string, limit: number): Promise<string[]> {
    const rows = await db.selectFrom('people').select('id').where('id', '>', afterId).orderBy('id').limit(limit).execute();
    return rows.map((r) => r.id);
  },

  async count(db: Db): Promise<number> {
    const r = await db.selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  },

  /** Only what matching compares, for many people at once: cheaper than whole records. */
  async matchFields(db: Db, ids: readonly string[]) {
    if (!ids.length) return [];
    const [people, phones, documents, memberships] = await Promise.all([
      db
        .selectFrom('people')
        .select(['id', 'given_name', 'patronymic', 'family_name', 'sex', 'birth_date', 'birth_place_id', 'birth_place_text', 'merged_into_id'])
        .where('id', 'in', ids)
        .execute(),
      db.selectFrom('person_phones').select(['person_id', 'e164']).where('person_id', 'in', ids).where('position', '=', 0).execute(),
      db.selectFrom('person_documents').select(['person_id', 'number_normalised']).where('person_id', 'in', ids).where('position', '=', 0).execute(),
      db.selectFrom('household_members').select(['person_id', 'household_id']).where('person_id', 'in', ids).execute(),
    ]);
    const phoneOf = new Map(phones.map((p) => [p.person_id, p.e164]));
    const documentOf = new Map(documents.map((d) => [d.person_id, d.number_normalised]));
    const householdOf = new Map(memberships.map((m) => [m.person_id, m.household_id]));
    return people.map((p) => ({ ...p, phone: phoneOf.get(p.id) ?? null, document: documentOf.get(p.id) ?? null, household_id: householdOf.get(p.id) ?? null }));
  },

  mergePointers: (db: Db, ids: readonly string[]) =>
    ids.length ? db.selectFrom('people').select(['id', 'merged_into_id']).where('id', 'in', ids).execute() : Promise.resolve([]),

  /** People merged into any of these (one step). */
  absorbedInto: (db: Db, ids: readonly string[]) =>
    ids.length ? db.selectFrom('people').select(['id', 'merged_into_id']).where('merged_into_id', 'in', ids).execute() : Promise.resolve([]),

  /**
   * Changes how a person is told about their applications, as one more version with its event;
   * false when the person changed since `version` was read.
   */
  setNotifyBy: (db: Db, event: PersonEventsTable, notifyBy: string): Promise<boolean> => peopleStore.change(db, event, { notify_by: notifyBy }),

  /**
   * Erases people (residents' rights, issue 4). Phones, documents, aliases (theirs, and their
   * names kept on a record they were merged into) and their event log go; the row stays, emptied
   * of every value, because applications and households refer to it by id — the id of an erased
   * person points at nothing. One event says that the record was erased, and holds no value.
   */
  async forget(db: Db, ids: readonly string[], erased: Omit<PersonEventsTable, 'person_id' | 'version' | 'type' | 'payload'>) {
    if (!ids.length) return;
    const rows = await db.selectFrom('people').select(['id', 'version']).where('id', 'in', ids).execute();
    await db.deleteFrom('person_phones').where('person_id', 'in', ids).execute();
    await db.deleteFrom('person_documents').where('person_id', 'in', ids).execute();
    await db.deleteFrom('person_aliases').where((eb) => eb.or([eb('person_id', 'in', ids), eb('source_person_id', 'in', ids)])).execute();
    await db.deleteFrom('person_events').where('person_id', 'in', ids).execute();
    for (const { id, version } of rows) {
      await db
        .updateTable('people')
        .set({
          given_name: '',
          given_name_script: 'unknown',
          patronymic: null,
          patronymic_script: null,
          family_name: '',
          family_name_script: 'unknown',
          sex: null,
          birth_date: null,
          birth_place_id: null,
          birth_place_text: null,
          residence_place_id: null,
          residence_text: null,
          email: null,
          // The language someone reads is a hint of who they are: it goes too.
          language: '',
          notify_by: 'none',
          version: version + 1,
          updated_at: erased.at,
        })
        .where('id', '=', id)
        .execute();
      await db.insertInto('person_events').values({ ...erased, person_id: id, version: version + 1, type: 'erased', payload: '{}' }).execute();
    }
  },

  /** Changes some of a person's columns as one more version with its event; false when the person changed since. */
  async change(db: Db, event: PersonEventsTable, set: Partial<PeopleTable>): Promise<boolean> {
    const updated = await db
      .updateTable('people')
      .set({ ...set, version: event.version, updated_at: event.at })
      .where('id', '=', event.person_id)
      .where('version', '=', event.version - 1)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return false;
    await db.insertInto('person_events').values(event).execute();
    return true;
  },

  events: (db: Db, personIds: readonly string[]) =>
    personIds.length ? db.selectFrom('person_events').selectAll().where('person_id', 'in', personIds).orderBy('person_id').orderBy('version').execute() : Promise.resolve([]),

  householdsOf: (db: Db, personIds: readonly string[]) =>
    personIds.length ? db.selectFrom('household_members').select(['person_id', 'household_id']).where('person_id', 'in', personIds).execute() : Promise.resolve([]),

  async household(db: Db, id: string) {
    const household = await db.selectFrom('households').selectAll().where('id', '=', id).executeTakeFirst();
    if (!household) return undefined;
    const members = await db.selectFrom('household_members').selectAll().where('household_id', '=', id).execute();
    return { household, members };
  },
};
