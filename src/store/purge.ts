import type { Store } from './store.js';

/**
 * After an erasure: makes sure the erased values are gone from the store's files, not only from
 * its tables. SQLite zeroes deleted content in the database file (secure_delete, sqlite.ts), but
 * the write-ahead log still holds earlier images of the same pages until it is checkpointed: a
 * TRUNCATE checkpoint copies the newest pages into the database and cuts the log to nothing.
 * It cannot finish while a reader still uses an older snapshot; then it answers false and the
 * erasure tries again later.
 *
 * PostgreSQL keeps deleted row versions in its pages until vacuum reuses the space, and in its
 * WAL and base backups as long as the server keeps them: no query or dump shows them, and what
 * is kept on disk is the server's retention, not the application's (docs/residents-rights.md).
 */
export async function purgeDeleted(store: Store): Promise<boolean> {
  if (!store.maintenance) return true;
  const [result] = await store.maintenance((raw) => raw.pragma('wal_checkpoint(TRUNCATE)') as { busy: number }[]);
  return result?.busy === 0;
}
