import type { HomewardMigration } from '../ddl.js';

export const placesOfficesMigration: HomewardMigration = {
  name: '0003-places-offices',
  async up(db, { timestamp }) {
    await db.schema
      .createTable('places')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('district_id', 'text')
      .addColumn('name_az', 'text', (c) => c.notNull())
      .addColumn('name_hy', 'text', (c) => c.notNull())
      .addColumn('name_hy_latn', 'text', (c) => c.notNull())
      .addColumn('name_ru', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('lat', 'real')
      .addColumn('lon', 'real')
      .addColumn('note', 'text')
      .addColumn('origin', 'text', (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('place_names')
      .addColumn('place_id', 'text', (c) => c.notNull().references('places.id'))
      .addColumn('name', 'text', (c) => c.notNull())
      .addColumn('lang', 'text', (c) => c.notNull())
      .addColumn('name_type', 'text', (c) => c.notNull())
      .addColumn('period', 'text')
      .addColumn('source', 'text')
      .addColumn('search_key', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('place_names_pk', ['place_id', 'name', 'lang'])
      .execute();
    await db.schema.createIndex('place_names_key').on('place_names').column('search_key').execute();

    await db.schema
      .createTable('offices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('place_id', 'text', (c) => c.notNull().references('places.id'))
      .addColumn('district_id', 'text')
      .addColumn('name_az', 'text', (c) => c.notNull())
      .addColumn('name_hy', 'text', (c) => c.notNull())
      .addColumn('name_ru', 'text', (c) => c.notNull())
      .addColumn('name_en', 'text', (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('outreach_events')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('code', 'text', (c) => c.notNull().unique())
      .addColumn('office_id', 'text', (c) => c.notNull().references('offices.id'))
      .addColumn('place_id', 'text', (c) => c.notNull().references('places.id'))
      .addColumn('district_id', 'text')
      .addColumn('starts_on', 'text', (c) => c.notNull())
      .addColumn('ends_on', 'text', (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .execute();
  },
};
