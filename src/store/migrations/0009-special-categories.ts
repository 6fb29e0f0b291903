import type { HomewardMigration } from '../ddl.js';

/**
 * A person's special categories (health, disability, needs, precise location). Every column but
 * the key and the version is a sealed value, and every row has all four — an absent location is
 * sealed too — so a copy of the table tells nobody who is ill, disabled, alone or where they are.
 * There is no plaintext "vulnerable" flag to filter on: see people/special/service.ts.
 */
export const specialCategoriesMigration: HomewardMigration = {
  name: '0009-special-categories',
  async up(db, { timestamp }) {
    await db.schema
      .createTable('person_special_categories')
      .addColumn('person_id', 'text', (c) => c.primaryKey().references('people.id'))
      .addColumn('health', 'text', (c) => c.notNull())
      .addColumn('disability', 'text', (c) => c.notNull())
      .addColumn('needs', 'text', (c) => c.notNull())
      .addColumn('location', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('updated_at', timestamp, (c) => c.notNull())
      .execute();
  },
};
