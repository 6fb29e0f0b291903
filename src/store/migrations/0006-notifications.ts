import type { HomewardMigration } from '../ddl.js';

export const notificationsMigration: HomewardMigration = {
  name: '0006-notifications',
  async up(db, ddl) {
    await ddl
      .serialKey(db.schema.createTable('outbox'), 'id')
      .addColumn('subject_type', 'text', (c) => c.notNull())
      .addColumn('subject_id', 'text', (c) => c.notNull())
      .addColumn('event', 'text', (c) => c.notNull())
      .addColumn('channel', 'text', (c) => c.notNull())
      .addColumn('recipient', 'text', (c) => c.notNull())
      .addColumn('language', 'text', (c) => c.notNull())
      .addColumn('params', 'text', (c) => c.notNull())
      .addColumn('state', 'text', (c) => c.notNull())
      .addColumn('attempts', 'integer', (c) => c.notNull())
      .addColumn('next_attempt_at', ddl.timestamp, (c) => c.notNull())
      .addColumn('lease_owner', 'text')
      .addColumn('lease_until', ddl.timestamp)
      .addColumn('last_error', 'text')
      .addColumn('created_at', ddl.timestamp, (c) => c.notNull())
      .addColumn('sent_at', ddl.timestamp)
      .execute();
    await db.schema.createIndex('outbox_due').on('outbox').columns(['state', 'next_attempt_at']).execute();
    await db.schema.createIndex('outbox_subject').on('outbox').columns(['subject_type', 'subject_id']).execute();
  },
};
