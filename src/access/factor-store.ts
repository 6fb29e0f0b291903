import type { Kysely } from 'kysely';
import type { StoredPasskey } from './webauthn.js';

export const factorKinds = ['totp', 'passkey'] as const;
export type FactorKind = (typeof factorKinds)[number];

interface StaffFactorsTable {
  id: string;
  user_id: string;
  kind: string;
  label: string;
  /** Sealed under the `staff-credentials` key (totp-secrets.ts). */
  totp_secret: string | null;
  /** A secret stored in the clear before migration 0016, until a node seals it at start. */
  legacy_totp_secret: string | null;
  totp_last_step: number | null;
  credential_id: string | null;
  public_key: string | null;
  sign_count: number | null;
  transports: string | null;
  created_at: string;
  last_used_at: string | null;
}

interface RecoveryCodesTable {
  code_hash: string;
  user_id: string;
  created_at: string;
  used_at: string | null;
}

export interface FactorTables {
  staff_factors: StaffFactorsTable;
  recovery_codes: RecoveryCodesTable;
}

type Db = Kysely<FactorTables>;

export type FactorRow = StaffFactorsTable;

/** A new factor's row: what every factor has, and the columns of its kind (the others stay empty). */
export function factorRow(common: Pick<FactorRow, 'id' | 'user_id' | 'kind' | 'label' | 'created_at'>, own: Partial<FactorRow>): FactorRow {
  return {
    totp_secret: null,
    legacy_totp_secret: null,
    totp_last_step: null,
    credential_id: null,
    public_key: null,
    sign_count: null,
    transports: null,
    last_used_at: null,
    ...common,
    ...own,
  };
}

export const storedPasskey = (f: FactorRow): StoredPasskey => ({
  credentialId: f.credential_id!,
  publicKey: f.public_key!,
  signCount: f.sign_count ?? 0,
  transports: f.transports ? (JSON.parse(f.transports) as string[]) : [],
});

export const factorStore = {
  async insert(db: Db, row: FactorRow) {
    await db.insertInto('staff_factors').values(row).execute();
  },

  async forUser(db: Db, userId: string): Promise<FactorRow[]> {
    return db.selectFrom('staff_factors').selectAll().where('user_id', '=', userId).orderBy('created_at').orderBy('id').execute();
  },

  async count(db: Db, userId: string): Promise<number> {
    const row = await db.selectFrom('staff_factors').select((eb) => eb.fn.countAll<number>().as('n')).where('user_id', '=', userId).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** The kinds of factor each user has, for the administrator's list. */
  async kindsByUser(db: Db): Promise<Map<string, FactorKind[]>> {
    const rows = await db.selectFrom('staff_factors').select(['user_id', 'kind']).distinct().orderBy('user_id').orderBy('kind').execute();
    const kinds = new Map<string, FactorKind[]>();
    for (const r of rows) kinds.set(r.user_id, [...(kinds.get(r.user_id) ?? []), r.kind as FactorKind]);
    return kinds;
  },

  async byCredentialId(db: Db, credentialId: string) {
    return db.selectFrom('staff_factors').selectAll().where('credential_id', '=', credentialId).executeTakeFirst();
  },

  async legacyTotpSecrets(db: Db) {
    return db.selectFrom('staff_factors').select(['id', 'legacy_totp_secret']).where('legacy_totp_secret', 'is not', null).orderBy('id').execute();
  },

  /** Moves a secret stored in the clear into its sealed column, unless another node did first. */
  async sealLegacyTotp(db: Db, id: string, legacy: string, sealed: string) {
    await db.updateTable('staff_factors').set({ totp_secret: sealed, legacy_totp_secret: null }).where('id', '=', id).where('legacy_totp_secret', '=', legacy).execute();
  },

  /** Records the TOTP step just accepted, unless a request accepted this step or a later one first. */
  async advanceTotp(db: Db, id: string, step: number, at: string): Promise<boolean> {
    const result = await db
      .updateTable('staff_factors')
      .set({ totp_last_step: step, last_used_at: at })
      .where('id', '=', id)
      .where((eb) => eb.or([eb('totp_last_step', 'is', null), eb('totp_last_step', '<', step)]))
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  /** Records a passkey's new signature counter, unless another assertion moved it first. */
  async advancePasskey(db: Db, id: string, previous: number, next: number, at: string): Promise<boolean> {
    const result = await db
      .updateTable('staff_factors')
      .set({ sign_count: next, last_used_at: at })
      .where('id', '=', id)
      .where('sign_count', '=', previous)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async remove(db: Db, userId: string, id: string): Promise<boolean> {
    const result = await db.deleteFrom('staff_factors').where('id', '=', id).where('user_id', '=', userId).executeTakeFirst();
    return Number(result.numDeletedRows) === 1;
  },

  async removeAll(db: Db, userId: string) {
    await db.deleteFrom('staff_factors').where('user_id', '=', userId).execute();
    await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
  },

  async replaceRecoveryCodes(db: Db, userId: string, hashes: string[], at: string) {
    await db.deleteFrom('recovery_codes').where('user_id', '=', userId).execute();
    await db
      .insertInto('recovery_codes')
      .values(hashes.map((code_hash) => ({ code_hash, user_id: userId, created_at: at, used_at: null })))
      .execute();
  },

  /** Spends a recovery code; false when it is not this user's, or was spent already. */
  async spendRecoveryCode(db: Db, userId: string, hash: string, at: string): Promise<boolean> {
    const result = await db
      .updateTable('recovery_codes')
      .set({ used_at: at })
      .where('code_hash', '=', hash)
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async recoveryCodesLeft(db: Db, userId: string): Promise<number> {
    const row = await db
      .selectFrom('recovery_codes')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('user_id', '=', userId)
      .where('used_at', 'is', null)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
};
