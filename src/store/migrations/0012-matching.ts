import { sql } from 'kysely';
import type { HomewardMigration } from '../ddl.js';

export const matchingMigration: HomewardMigration = {
  name: '0012-matching-and-merges',
  async up(db, { dialect, timestamp }) {
    // One row per (lookup key, person); the primary key is the index the lookups use, so on
    // SQLite the table is stored as that index alone.
    let keys = db.schema
      .createTable('person_match_keys')
      .addColumn('key', 'text', (c) => c.notNull())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('person_match_keys_pk', ['key', 'person_id']);
    if (dialect === 'sqlite') keys = keys.modifyEnd(sql`without rowid`);
    await keys.execute();
    await db.schema.createIndex('person_match_keys_person').on('person_match_keys').column('person_id').execute();

    await db.schema
      .createTable('duplicate_candidates')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('candidate_id', 'text', (c) => c.notNull())
      .addColumn('application_id', 'text')
      .addColumn('probability', 'real', (c) => c.notNull())
      .addColumn('weight', 'real', (c) => c.notNull())
      .addColumn('fields', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('found_at', timestamp, (c) => c.notNull())
      .addColumn('decided_by', 'text')
      .addColumn('decided_at', timestamp)
      .addColumn('version', 'integer', (c) => c.notNull())
      .addUniqueConstraint('duplicate_candidates_pair', ['person_id', 'candidate_id'])
      .execute();
    await db.schema.createIndex('duplicate_candidates_state').on('duplicate_candidates').columns(['state', 'found_at']).execute();
    await db.schema.createIndex('duplicate_candidates_candidate').on('duplicate_candidates').column('candidate_id').execute();
    await db.schema.createIndex('duplicate_candidates_application').on('duplicate_candidates').column('application_id').execute();

    await db.schema
      .createTable('match_queue')
      .addColumn('person_id', 'text', (c) => c.primaryKey())
      .addColumn('application_id', 'text')
      .addColumn('queued_at', timestamp, (c) => c.notNull())
      .addColumn('lease_until', timestamp)
      .execute();
    await db.schema.createIndex('match_queue_due').on('match_queue').columns(['lease_until', 'queued_at']).execute();

    await db.schema
      .createTable('person_aliases')
      .addColumn('person_id', 'text', (c) => c.notNull())
      .addColumn('source_person_id', 'text', (c) => c.notNull())
      .addColumn('given_name', 'text', (c) => c.notNull())
      .addColumn('patronymic', 'text')
      .addColumn('family_name', 'text', (c) => c.notNull())
      .addPrimaryKeyConstraint('person_aliases_pk', ['person_id', 'source_person_id'])
      .execute();
  },
};
