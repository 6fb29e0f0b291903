import { sql } from 'kysely';
import type { HomewardMigration } from '../ddl.js';

/**
 * Erasure asked for by residents themselves, through the portal: a request waits for the
 * data-protection officer, who erases (through the one erasure of rights/erasure.ts, where legal
 * holds apply) or refuses with a note the resident reads. Ids, times and the officer's note only.
 * One open request per person: the index refuses a second.
 */
export const erasureRequestsMigration: HomewardMigration = {
  name: '0017-erasure-requests',
  async up(db, { timestamp }) {
    await db.schema
      .createTable('erasure_requests')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('application_id', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('requested_at', timestamp, (c) => c.notNull())
      .addColumn('decided_at', timestamp)
      .addColumn('decided_by', 'text')
      .addColumn('decided_role', 'text')
      .addColumn('decision_note', 'text')
      .addColumn('erasure_id', 'text')
      .addColumn('version', 'integer', (c) => c.notNull())
      .execute();
    await db.schema.createIndex('erasure_requests_state').on('erasure_requests').columns(['state', 'requested_at']).execute();
    await db.schema.createIndex('erasure_requests_person').on('erasure_requests').column('person_id').execute();
    await db.schema
      .createIndex('erasure_requests_one_open')
      .on('erasure_requests')
      .column('person_id')
      .unique()
      .where(sql.ref('state'), '=', sql.lit('open'))
      .execute();
  },
};
