import type { HomewardMigration } from '../ddl.js';

/**
 * Data keys (one line per category and version) and the audit signing key, each wrapped by the
 * master key, which lives outside the database; and the progress of key rotations, so that an
 * interrupted rotation resumes where it stopped.
 */
export const keysMigration: HomewardMigration = {
  name: '0007-keys',
  async up(db, ddl) {
    await db.schema
      .createTable('data_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('category', 'text', (c) => c.notNull())
      .addColumn('version', 'integer', (c) => c.notNull())
      // Null once the key is destroyed, after a rotation re-sealed everything it had sealed.
      .addColumn('wrapped', 'text')
      .addColumn('master_id', 'text', (c) => c.notNull())
      .addColumn('created_at', ddl.timestamp, (c) => c.notNull())
      .addColumn('retired_at', ddl.timestamp)
      .addUniqueConstraint('data_keys_category_version', ['category', 'version'])
      .execute();

    await db.schema
      .createTable('signing_keys')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('public_key', 'text', (c) => c.notNull())
      .addColumn('wrapped', 'text', (c) => c.notNull())
      .addColumn('master_id', 'text', (c) => c.notNull())
      .addColumn('created_at', ddl.timestamp, (c) => c.notNull())
      .addColumn('retired_at', ddl.timestamp)
      .execute();

    await ddl
      .serialKey(db.schema.createTable('key_rotations'), 'id')
      .addColumn('started_at', ddl.timestamp, (c) => c.notNull())
      // Re-sealing starts once every node has had time to load the new keys (see keys/rotate.ts).
      .addColumn('pass_from', ddl.timestamp, (c) => c.notNull())
      .addColumn('finished_at', ddl.timestamp)
      .addColumn('targets', 'text', (c) => c.notNull())
      .addColumn('progress', 'text', (c) => c.notNull())
      .execute();
  },
};
