import type { HomewardMigration } from '../ddl.js';

/**
 * TOTP secrets are sealed at rest under the `staff-credentials` data key: with a copy of the
 * database and a staff member's password (phished, reused) one could otherwise mint their codes.
 * The master key is not available to migrations, so the secrets stored in the clear move to
 * `legacy_totp_secret` and the access module seals them into `totp_secret` (and empties the old
 * column) each time a node starts, before it serves: they keep working, and are never read in
 * the clear again.
 */
export const sealedTotpSecretsMigration: HomewardMigration = {
  name: '0016-sealed-totp-secrets',
  async up(db) {
    await db.schema.alterTable('staff_factors').renameColumn('totp_secret', 'legacy_totp_secret').execute();
    await db.schema.alterTable('staff_factors').addColumn('totp_secret', 'text').execute();
  },
};
