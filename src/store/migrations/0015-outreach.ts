import type { HomewardMigration } from '../ddl.js';

/**
 * Offline outreach (issue 6): the devices outreach workers sign in on, the reference numbers each
 * device was given to hand out offline, every change a device sent (its id is the primary key,
 * so a change replayed after a lost answer is recognised and answered the same), the field edits
 * devices made (who changed what, to tell a merge from a conflict) and the conflicts a
 * supervisor resolves. Values of people live only in conflicts, until they are resolved.
 */
export const outreachMigration: HomewardMigration = {
  name: '0015-outreach',
  async up(db, { timestamp }) {
    await db.schema
      .createTable('outreach_devices')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('office_id', 'text', (c) => c.notNull())
      .addColumn('outreach_event_id', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('unlock_secret', 'text', (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('last_seen_at', timestamp, (c) => c.notNull())
      .addColumn('wiped_at', timestamp)
      .addColumn('wiped_by', 'text')
      .execute();
    await db.schema.createIndex('outreach_devices_user').on('outreach_devices').column('user_id').execute();

    await db.schema
      .createTable('outreach_references')
      .addColumn('reference', 'text', (c) => c.primaryKey())
      .addColumn('device_id', 'text', (c) => c.notNull())
      .addColumn('issued_at', timestamp, (c) => c.notNull())
      .addColumn('application_id', 'text')
      .execute();
    await db.schema.createIndex('outreach_references_device').on('outreach_references').column('device_id').execute();
    await db.schema.createIndex('outreach_references_application').on('outreach_references').column('application_id').execute();

    await db.schema
      .createTable('outreach_changes')
      .addColumn('change_id', 'text', (c) => c.primaryKey())
      .addColumn('device_id', 'text', (c) => c.notNull())
      .addColumn('kind', 'text', (c) => c.notNull())
      // The application or person the change was about, so that erasing them reaches their changes' answers too.
      .addColumn('subject_id', 'text')
      .addColumn('outcome', 'text', (c) => c.notNull())
      .addColumn('result', 'text', (c) => c.notNull())
      .addColumn('received_at', timestamp, (c) => c.notNull())
      .execute();
    await db.schema.createIndex('outreach_changes_device').on('outreach_changes').columns(['device_id', 'received_at']).execute();
    await db.schema.createIndex('outreach_changes_subject').on('outreach_changes').column('subject_id').execute();

    await db.schema
      .createTable('outreach_edits')
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('person_version', 'integer', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('device_id', 'text', (c) => c.notNull())
      .addColumn('user_id', 'text', (c) => c.notNull())
      .addColumn('change_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('outreach_edits_pk', ['person_id', 'person_version'])
      .execute();

    await db.schema
      .createTable('outreach_conflicts')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('field', 'text', (c) => c.notNull())
      .addColumn('base_version', 'integer', (c) => c.notNull())
      .addColumn('current_value', 'text')
      .addColumn('current_author', 'text', (c) => c.notNull())
      .addColumn('proposed_value', 'text')
      .addColumn('proposed_author', 'text', (c) => c.notNull())
      .addColumn('change_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('resolved_by', 'text')
      .addColumn('resolved_at', timestamp)
      .addColumn('chosen', 'text')
      .execute();
    await db.schema.createIndex('outreach_conflicts_state').on('outreach_conflicts').columns(['state', 'created_at']).execute();
    await db.schema.createIndex('outreach_conflicts_person').on('outreach_conflicts').column('person_id').execute();
  },
};
