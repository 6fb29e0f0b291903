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
}

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
    const [people, phones, documents, memberships] = await Promise.all([
      db.selectFrom('people').selectAll().where('id', 'in', ids).execute(),
      db.selectFrom('person_phones').selectAll().where('person_id', 'in', ids).orderBy('position').execute(),
      db.selectFrom('person_documents').selectAll().where('person_id', 'in', ids).orderBy('position').execute(),
      db.selectFrom('household_members').select(['person_id', 'household_id']).where('person_id', 'in', ids).execute(),
    ]);
    for (const person of people) out.set(person.id, { person, phones: [], documents: [], householdId: null });
    for (const p of phones) out.get(p.person_id)?.phones.push(p);
    for (const d of documents) out.get(d.person_id)?.documents.push(d);
    for (const m of memberships) {
      const rows = out.get(m.person_id);
      if (rows) rows.householdId = m.household_id;
    }
    return out;
  },

  /**
   * Changes how a person is told about their applications, as one more version with its event;
   * false when the person changed since `version` was read.
   */
  async setNotifyBy(db: Db, event: PersonEventsTable, notifyBy: string): Promise<boolean> {
    const updated = await db
      .updateTable('people')
      .set({ notify_by: notifyBy, version: event.version, updated_at: event.at })
      .where('id', '=', event.person_id)
      .where('version', '=', event.version - 1)
      .executeTakeFirst();
    if (Number(updated.numUpdatedRows) !== 1) return false;
    await db.insertInto('person_events').values(event).execute();
    return true;
  },

  async household(db: Db, id: string) {
    const household = await db.selectFrom('households').selectAll().where('id', '=', id).executeTakeFirst();
    if (!household) return undefined;
    const members = await db.selectFrom('household_members').selectAll().where('household_id', '=', id).execute();
    return { household, members };
  },
};
