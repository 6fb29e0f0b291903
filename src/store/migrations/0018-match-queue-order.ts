import type { HomewardMigration } from '../ddl.js';

/**
 * The duplicate check claims the oldest queued people whose lease is free. Indexed by lease then
 * time, that query read and sorted the whole queue for every claim (2 ms with 34,000 queued after
 * a rush, and the queue was worked off in quadratic time). Indexed by time alone, it walks from
 * the oldest and stops after a few: leased rows, the only ones it skips, are at most a batch per
 * node.
 */
export const matchQueueOrderMigration: HomewardMigration = {
  name: '0018-match-queue-order',
  async up(db) {
    await db.schema.dropIndex('match_queue_due').execute();
    await db.schema.createIndex('match_queue_order').on('match_queue').column('queued_at').execute();
  },
};
