import type { HomewardMigration } from '../ddl.js';

/**
 * The residents' portal: one-time codes sent to follow an application, residents' sessions (apart
 * from staff sessions, each bound to one application), and the counters that throttle guessing.
 */
export const portalMigration: HomewardMigration = {
  name: '0011-portal',
  async up(db, { timestamp }) {
    // A challenge is written for every request of a code, matching or not, so that both look alike;
    // application_id is null when the reference and birth date named nobody.
    await db.schema
      .createTable('portal_challenges')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('application_id', 'text', (c) => c.references('applications.id'))
      .addColumn('code_hash', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('expires_at', timestamp, (c) => c.notNull())
      .addColumn('used_at', timestamp)
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .execute();

    await db.schema
      .createTable('portal_sessions')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('application_id', 'text', (c) => c.notNull().references('applications.id'))
      .addColumn('created_at', timestamp, (c) => c.notNull())
      .addColumn('last_seen_at', timestamp, (c) => c.notNull())
      .addColumn('expires_at', timestamp, (c) => c.notNull())
      .addColumn('revoked_at', timestamp)
      .execute();

    await db.schema
      .createTable('portal_throttle')
      .addColumn('key', 'text', (c) => c.primaryKey())
      .addColumn('hits', 'integer', (c) => c.notNull())
      .addColumn('first_hit_at', timestamp, (c) => c.notNull())
      .addColumn('locked_until', timestamp)
      .execute();
  },
};
