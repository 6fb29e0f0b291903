import type { HomewardMigration } from '../ddl.js';

export const registrationMigration: HomewardMigration = {
  name: '0005-registration',
  async up(db, { timestamp }) {
    await db.schema
      .createTable('applications')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('reference', 'text', (c) => c.unique())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('office_id', 'text', (c) => c.references('offices.id'))
      .addColumn('outreach_event_id', 'text', (c) => c.references('outreach_events.id'))
      .addColumn('applicant_id', 'text', (c) => c.notNull().references('people.id'))
      .addColumn('household_id', 'text', (c) => c.references('households.id'))
      .addColumn('intake_user_id', 'text')
      .addColumn('wishes_to_reside', 'integer', (c) => c.notNull())
      .addColumn('wishes_citizenship', 'integer', (c) => c.notNull())
      .addColumn('notice_version', 'text', (c) => c.notNull())
      .addColumn('notice_language', 'text', (c) => c.notNull())
      .addColumn('notice_mode', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('created_on', 'text', (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('updated_at', timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('applications_office_state').on('applications').columns(['office_id', 'state', 'created_at']).execute();
    await db.schema.createIndex('applications_state').on('applications').columns(['state', 'created_at']).execute();
    await db.schema.createIndex('applications_applicant').on('applications').column('applicant_id').execute();
    await db.schema.createIndex('applications_created_on').on('applications').columns(['created_on', 'channel']).execute();

    await db.schema
      .createTable('application_actions')
      .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
      .addColumn('version', 'integer', (c) => c.notNull())
      .addColumn('type', 'text', (c) => c.notNull())
      .addColumn('state_after', 'text', (c) => c.notNull())
      .addColumn('actor_id', 'text')
      .addColumn('actor_role', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('at', timestamp, (c) => c.notNull())
      .addColumn('reason_code', 'text')
      .addColumn('comment', 'text')
      .addPrimaryKeyConstraint('application_actions_pk', ['application_id', 'version'])
      .execute();

    await db.schema
      .createTable('attachments')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('media_type', 'text', (c) => c.notNull())
      .addColumn('size', 'integer', (c) => c.notNull())
      .addColumn('sha256', 'text', (c) => c.notNull())
      .addColumn('created_by', 'text')
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('attachments_application').on('attachments').column('application_id').execute();
  },
};
