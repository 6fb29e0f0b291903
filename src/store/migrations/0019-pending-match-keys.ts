import type { HomewardMigration } from '../ddl.js';

/**
 * A person queued for the duplicate check carries their lookup keys in the queue row, and the
 * check writes them into the key index. Written at intake, the index's rows cost a registration
 * about a third of its time on SQLite: each key lands on a page of its own, so a group commit of
 * 25 registrations rewrote some 150 index pages. Until the check has run, lookups read the queued
 * keys as well (see matchingStore.peopleWithKeys). Rows queued before this have their keys
 * indexed already and carry none.
 */
export const pendingMatchKeysMigration: HomewardMigration = {
  name: '0019-pending-match-keys',
  async up(db) {
    await db.schema.alterTable('match_queue').addColumn('keys', 'text').execute();
  },
};
