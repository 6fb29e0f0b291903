import type { HomewardMigration } from '../ddl.js';

/**
 * Residents' rights and retention (issue 4): correction requests with their outcome; erasures,
 * each with what it covers (one row per erased person or anonymised application, whose key
 * makes erasing the same thing twice impossible) and how far it got, so that an interrupted one
 * resumes; legal holds that block erasure; personal-data exports with their approval, expiry and
 * the people each file holds (so that erasing someone also withdraws the files they are in).
 * Every column here holds ids, codes and times, except the values a resident asks to correct
 * (erased with them) and free-text notes of staff.
 */
export const rightsMigration: HomewardMigration = {
  name: '0014-rights',
  async up(db, { timestamp }) {
    // When the application was anonymised (its reference, comments and scans erased), and the
    // index the retention job walks: closed applications by state and last action.
    await db.schema.alterTable('applications').addColumn('anonymised_at', timestamp).execute();
    await db.schema.createIndex('applications_state_updated').on('applications').columns(['state', 'updated_at']).execute();

    await db.schema
      .createTable('correction_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('application_id', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('requested_value', 'text')
      .addColumn('comment', 'text')
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('requested_at', timestamp, (c) => c.notNull())
      .addColumn('resolved_at', timestamp)
      .addColumn('resolved_by', 'text')
      .addColumn('resolved_role', 'text')
      .addColumn('resolution_note', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('correction_requests_state').on('correction_requests').columns(['state', 'requested_at']).execute();
    await db.schema.createIndex('correction_requests_person').on('correction_requests').column('person_id').execute();

    await db.schema
      .createTable('erasures')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('note', 'text')
      .addColumn('requested_by', 'text')
      .addColumn('requested_role', 'text', (c) => c.notNull())
      .addColumn('stage', 'text', (c) => c.notNull())
      .addColumn('file_ids', 'text', (c) => c.notNull())
      .addColumn('people', 'integer', (c) => c.notNull())
      .addColumn('applications', 'integer', (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('finished_at', timestamp)
      .execute();
    await db.schema.createIndex('erasures_stage').on('erasures').column('stage').execute();

    await db.schema
      .createTable('erasure_targets')
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('id', 'text', (c) => c.notNull())
      .addColumn('erasure_id', 'text', (c) => c.notNull().references('erasures.id'))
      .addPrimaryKeyConstraint('erasure_targets_pk', ['kind', 'id'])
      .execute();
    await db.schema.createIndex('erasure_targets_erasure').on('erasure_targets').column('erasure_id').execute();

    await db.schema
      .createTable('legal_holds')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('reason', 'text', (c) => c.notNull())
      .addColumn('placed_by', 'text')
      .addColumn('placed_at', timestamp, (c) => c.notNull())
      .addColumn('lifted_by', 'text')
      .addColumn('lifted_at', timestamp)
      .execute();
    await db.schema.createIndex('legal_holds_person').on('legal_holds').columns(['person_id', 'lifted_at']).execute();

    await db.schema
      .createTable('personal_exports')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('requested_by', 'text', (c) => c.notNull())
      .addColumn('requested_role', 'text', (c) => c.notNull())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('purpose', 'text', (c) => c.notNull())
      .addColumn('columns', 'text', (c) => c.notNull())
      .addColumn('filter', 'text', (c) => c.notNull())
      .addColumn('days', 'integer', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('decided_by', 'text')
      .addColumn('decided_role', 'text')
      .addColumn('decided_at', timestamp)
      .addColumn('decision_note', 'text')
      .addColumn('expires_at', timestamp)
      .addColumn('file_id', 'text')
      .addColumn('rows', 'integer')
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('personal_exports_state').on('personal_exports').columns(['state', 'expires_at']).execute();

    await db.schema
      .createTable('export_people')
      .addColumn('export_id', 'text', (c) => c.notNull().references('personal_exports.id'))
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('export_people_pk', ['export_id', 'person_id'])
      .execute();
    await db.schema.createIndex('export_people_person').on('export_people').column('person_id').execute();
  },
};
