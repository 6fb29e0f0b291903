import type { HomewardMigration } from '../ddl.js';

/**
 * Staff second factors (issue 4): TOTP secrets and passkeys per user, one-time recovery codes
 * (hashed), an optional e-mail address to tell staff about changes to their account, and on each
 * session when its second factor was verified and the ceremony (TOTP enrolment, WebAuthn
 * challenge) it has in progress, so that a challenge is bound to the session that asked for it.
 * Sessions from before have no second factor: their users enrol at the next request.
 * Numbered 0009 because 0007 and 0008 are taken by the keys branch.
 */
export const staffFactorsMigration: HomewardMigration = {
  name: '0013-staff-factors',
  async up(db, ddl) {
    await db.schema.alterTable('users').addColumn('email', 'text').execute();
    await db.schema.alterTable('sessions').addColumn('second_factor_at', ddl.timestamp).execute();
    await db.schema.alterTable('sessions').addColumn('ceremony', 'text').execute();

    await db.schema
      .createTable('staff_factors')
      .addColumn('id', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('kind', 'text', (c) => c.notNull())
      .addColumn('label', 'text', (c) => c.notNull())
      .addColumn('totp_secret', 'text')
      // The last time step whose code was accepted: a code is never accepted twice.
      .addColumn('totp_last_step', 'bigint')
      .addColumn('credential_id', 'text', (c) => c.unique())
      .addColumn('public_key', 'text')
      .addColumn('sign_count', 'bigint')
      .addColumn('transports', 'text')
      .addColumn('created_at', ddl.timestamp, (c) => c.notNull())
      .addColumn('last_used_at', ddl.timestamp)
      .execute();
    await db.schema.createIndex('staff_factors_user').on('staff_factors').column('user_id').execute();

    await db.schema
      .createTable('recovery_codes')
      .addColumn('code_hash', 'text', (c) => c.primaryKey())
      .addColumn('user_id', 'text', (c) => c.notNull().references('users.id'))
      .addColumn('created_at', ddl.timestamp, (c) => c.notNull())
      .addColumn('used_at', ddl.timestamp)
      .execute();
    await db.schema.createIndex('recovery_codes_user').on('recovery_codes').column('user_id').execute();
  },
};
