import type { HomewardMigration } from '../ddl.js';

export const peopleMigration: HomewardMigration = {
  name: '0004-people',
  async up(db, { timestamp }) {
    await db.schema
      .createTable('people')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('given_name', 'text', (c) => c.notNull())
      .addColumn('given_name_script', 'text', (c) => c.notNull())
      .addColumn('patronymic', 'text')
      .addColumn('patronymic_script', 'text')
      .addColumn('family_name', 'text', (c) => c.notNull())
      .addColumn('family_name_script', 'text', (c) => c.notNull())
      .addColumn('sex', 'text')
      .addColumn('birth_date', 'text')
      .addColumn('birth_place_id', 'text', (c) => c.references('places.id'))
      .addColumn('birth_place_text', 'text')
      .addColumn('residence_place_id', 'text', (c) => c.references('places.id'))
      .addColumn('residence_text', 'text')
      .addColumn('email', 'text')
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('notify_by', 'text', (c) => c.notNull())
      .addColumn('merged_into_id', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('updated_at', timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('person_phones')
      .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('e164', 'text')
      .addColumn('raw', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('person_phones_pk', ['person_id', 'position'])
      .execute();
    await db.schema.createIndex('person_phones_e164').on('person_phones').column('e164').execute();

    await db.schema
      .createTable('person_documents')
      .addColumn('person_id', 'text', (c) => c.notNull().references('people.id'))
      .addColumn('position', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('number_raw', 'text', (c) => c.notNull())
      .addColumn('number_normalised', 'text', (c) => c.notNull())
      .addColumn('format_ok', 'integer', (c) => c.notNull())
      .addColumn('issuer', 'text')
      .addPrimaryKeyConstraint('person_documents_pk', ['person_id', 'position'])
      .execute();
    await db.schema.createIndex('person_documents_number').on('person_documents').column('number_normalised').execute();

    await db.schema
      .createTable('households')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('contact_person_id', 'text', (c) => c.references('people.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('household_members')
      .addColumn('household_id', 'text', (c) => c.notNull().references('households.id'))
      .addColumn('person_id', 'text', (c) => c.notNull().references('people.id').unique())
      .addColumn('relationship', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('household_members_pk', ['household_id', 'person_id'])
      .execute();

    await db.schema
      .createTable('person_events')
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('actor_role', 'text', (c) => c.notNull())
      .addColumn('at', timestamp, (c) => c.notNull())
      .addColumn('payload', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('person_events_pk', ['person_id', 'version'])
      .execute();
  },
};
