import type { Kysely } from 'kysely';

interface OfficesTable {
  id: string;
  code: string;
  kind: string;
  place_id: string;
  district_id: string | null;
  name_az: string;
  name_hy: string;
  name_ru: string;
  name_en: string;
  created_at: string;
}

interface OutreachEventsTable {
  id: string;
  code: string;
  office_id: string;
  place_id: string;
  district_id: string | null;
  starts_on: string;
  ends_on: string;
  created_at: string;
}

export interface OfficesTables {
  offices: OfficesTable;
  outreach_events: OutreachEventsTable;
}

export type OfficeRow = OfficesTable;
export type OutreachEventRow = OutreachEventsTable;
type Db = Kysely<OfficesTables>;

export const officesStore = {
  insertOffice: (db: Db, row: OfficeRow) => db.insertInto('offices').values(row).execute(),
  insertEvent: (db: Db, row: OutreachEventRow) => db.insertInto('outreach_events').values(row).execute(),

  offices: (db: Db) => db.selectFrom('offices').selectAll().orderBy('code').execute(),
  office: (db: Db, id: string) => db.selectFrom('offices').selectAll().where('id', '=', id).executeTakeFirst(),
  officeByCode: (db: Db, code: string) => db.selectFrom('offices').selectAll().where('code', '=', code).executeTakeFirst(),

  event: (db: Db, id: string) => db.selectFrom('outreach_events').selectAll().where('id', '=', id).executeTakeFirst(),
  events(db: Db, filter: { officeId?: string; from?: string; to?: string }) {
    let q = db.selectFrom('outreach_events').selectAll();
    if (filter.officeId) q = q.where('office_id', '=', filter.officeId);
    if (filter.from) q = q.where('ends_on', '>=', filter.from);
    if (filter.to) q = q.where('starts_on', '<=', filter.to);
    return q.orderBy('starts_on', 'desc').limit(500).execute();
  },
};
