import type { Kysely } from 'kysely';

interface PlacesTable {
  id: string;
  kind: string;
  district_id: string | null;
  name_az: string;
  name_hy: string;
  name_hy_latn: string;
  name_ru: string;
  name_en: string;
  lat: number | null;
  lon: number | null;
  note: string | null;
  origin: string;
  created_at: string;
}

interface PlaceNamesTable {
  place_id: string;
  name: string;
  lang: string;
  name_type: string;
  period: string | null;
  source: string | null;
  search_key: string;
}

export interface PlacesTables {
  places: PlacesTable;
  place_names: PlaceNamesTable;
}

export type PlaceRow = PlacesTable;
export type PlaceNameRow = PlaceNamesTable;
type Db = Kysely<PlacesTables>;

export const placesStore = {
  async insertPlaceIfMissing(db: Db, row: PlaceRow) {
    await db.insertInto('places').values(row).onConflict((oc) => oc.column('id').doNothing()).execute();
  },

  async insertNamesIfMissing(db: Db, rows: PlaceNameRow[]) {
    if (!rows.length) return;
    await db
      .insertInto('place_names')
      .values(rows)
      .onConflict((oc) => oc.columns(['place_id', 'name', 'lang']).doNothing())
      .execute();
  },

  async allNames(db: Db, kind?: string) {
    let q = db
      .selectFrom('place_names')
      .innerJoin('places', 'places.id', 'place_names.place_id')
      .select(['place_names.place_id', 'place_names.name', 'place_names.lang', 'place_names.search_key']);
    if (kind) q = q.where('places.kind', '=', kind);
    return q.execute();
  },

  setSearchKey: (db: Db, placeId: string, name: string, lang: string, key: string) =>
    db.updateTable('place_names').set({ search_key: key }).where('place_id', '=', placeId).where('name', '=', name).where('lang', '=', lang).execute(),

  async byIds(db: Db, ids: readonly string[]) {
    if (!ids.length) return [];
    return db.selectFrom('places').selectAll().where('id', 'in', ids).execute();
  },

  async namesOf(db: Db, id: string) {
    return db.selectFrom('place_names').selectAll().where('place_id', '=', id).orderBy('lang').orderBy('name').execute();
  },

  async allIds(db: Db): Promise<string[]> {
    return (await db.selectFrom('places').select('id').execute()).map((r) => r.id);
  },

  async count(db: Db): Promise<number> {
    const r = await db.selectFrom('places').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(r.n);
  },
};
