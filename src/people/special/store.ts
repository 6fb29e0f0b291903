import type { Kysely } from 'kysely';
import type { SealedColumns } from '../../keys/service.js';

/** Every column but the key, version and time is a sealed value (keys/core/sealed.ts). */
interface SpecialCategoriesTable {
  person_id: string;
  health: string;
  disability: string;
  needs: string;
  location: string;
  version: number;
  updated_at: string;
}

export interface SpecialCategoriesTables {
  person_special_categories: SpecialCategoriesTable;
  people: { id: string; residence_place_id: string | null };
}

export type SpecialCategoriesRow = SpecialCategoriesTable;
type Db = Kysely<SpecialCategoriesTables>;

/** Which data key seals which column: needs and location together make up "vulnerable and where". */
export const specialCategoriesColumns: SealedColumns = {
  table: 'person_special_categories',
  idColumn: 'person_id',
  columns: { health: 'health', disability: 'disability', needs: 'vulnerable-location', location: 'vulnerable-location' },
};

export const specialCategoriesStore = {
  get: (db: Db, personId: string) => db.selectFrom('person_special_categories').selectAll().where('person_id', '=', personId).executeTakeFirst(),

  person: (db: Db, personId: string) => db.selectFrom('people').select(['id', 'residence_place_id']).where('id', '=', personId).executeTakeFirst(),

  /**
   * Where the person lives and their record (if they have one), in one round trip: a read of a
   * record checks the caller's scope and opens it, and on PostgreSQL every trip counts.
   */
  async withPerson(db: Db, personId: string): Promise<{ residencePlaceId: string | null; row: SpecialCategoriesRow | undefined } | undefined> {
    const found = await db
      .selectFrom('people')
      .leftJoin('person_special_categories as s', 's.person_id', 'people.id')
      .select(['people.residence_place_id', 's.person_id', 's.health', 's.disability', 's.needs', 's.location', 's.version', 's.updated_at'])
      .where('people.id', '=', personId)
      .executeTakeFirst();
    if (!found) return undefined;
    const { residence_place_id: residencePlaceId, ...row } = found;
    return { residencePlaceId, row: row.person_id === null ? undefined : (row as SpecialCategoriesRow) };
  },

  /** Erasure (issue 4): the sealed record goes whole. */
  forget: (db: Db, personIds: readonly string[]) =>
    personIds.length ? db.deleteFrom('person_special_categories').where('person_id', 'in', personIds).execute() : Promise.resolve([]),

  insert: (db: Db, row: SpecialCategoriesRow) => db.insertInto('person_special_categories').values(row).execute(),

  /** Replaces the record only if it is still at `expectedVersion`: false means another change won. */
  async replace(db: Db, row: SpecialCategoriesRow, expectedVersion: number): Promise<boolean> {
    const { person_id, ...set } = row;
    const updated = await db
      .updateTable('person_special_categories')
      .set(set)
      .where('person_id', '=', person_id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1;
  },
};
