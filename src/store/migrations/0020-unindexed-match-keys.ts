import { sql } from 'kysely';
import type { HomewardMigration } from '../ddl.js';

/**
 * The queued people whose lookup keys are not indexed yet, oldest first. Every lookup reads their
 * keys from the queue: after a rush of 40,000 registrations that made a search take 95 ms, and the
 * check, which looks up too, fell further behind the longer its queue (quadratic). The check now
 * indexes these keys in large batches before it checks anyone, so they stay few; this index finds
 * them without reading the rest of the queue.
 */
export const unindexedMatchKeysMigration: HomewardMigration = {
  name: '0020-unindexed-match-keys',
  async up(db) {
    await db.schema.createIndex('match_queue_unindexed').on('match_queue').column('queued_at').where(sql.ref('keys'), 'is not', null).execute();
  },
};
