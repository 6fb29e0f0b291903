import type { Deps } from '../context.js';
import { fieldContext, type SealedColumns } from '../keys/service.js';
import { factorStore, type FactorRow } from './factor-store.js';

/** Where sealed TOTP secrets live: registered so that `homeward keys rotate` re-seals them too. */
export const totpSecretColumns: SealedColumns = { table: 'staff_factors', idColumn: 'id', columns: { totp_secret: 'staff-credentials' } };

const factorContext = (factorId: string) => fieldContext(totpSecretColumns.table, 'totp_secret', factorId);
/** An enrolment's secret waits on the session for its first code: bound to that session. */
const enrolmentContext = (sessionId: string) => `sessions/ceremony/${sessionId}`;

/**
 * TOTP secrets at rest: with a copy of the database and a phished or reused password, a secret
 * in the clear would let anyone make the second factor's codes. Every secret — of an enrolled
 * factor, or of an enrolment waiting for its first code — is stored sealed, bound to its row.
 */
export function createTotpSecrets({ store, keys }: Pick<Deps, 'store' | 'keys'>) {
  keys.register(totpSecretColumns);
  const seal = (secret: string, context: string) => keys.seal('staff-credentials', secret, context);
  const open = async (sealed: string, context: string) => (await keys.open(sealed, context)).toString('utf8');

  return {
    sealForFactor: (factorId: string, secret: string) => seal(secret, factorContext(factorId)),
    openFactor: (factor: FactorRow) => open(factor.totp_secret!, factorContext(factor.id)),
    sealForEnrolment: (sessionId: string, secret: string) => seal(secret, enrolmentContext(sessionId)),
    openEnrolment: (sessionId: string, sealed: string) => open(sealed, enrolmentContext(sessionId)),

    /** Seals the secrets stored in the clear before migration 0016; a node does this before it serves. */
    async sealLegacy(): Promise<number> {
      const rows = await factorStore.legacyTotpSecrets(store.db);
      for (const { id, legacy_totp_secret: legacy } of rows) {
        await store.transaction((trx) => factorStore.sealLegacyTotp(trx, id, legacy!, seal(legacy!, factorContext(id))));
      }
      return rows.length;
    },
  };
}

export type TotpSecrets = ReturnType<typeof createTotpSecrets>;
