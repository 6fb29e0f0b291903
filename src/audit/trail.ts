import type { Kysely } from 'kysely';
import type { Deps } from '../context.js';
import type { SignedCheckpoint } from './core/checkpoint.js';
import { verifyTrail, type TrailReport } from './core/verify.js';
import { chainStore, type ChainTables } from './chain-store.js';
import { createAuditSealer, type SealerOptions } from './sealer.js';
import { openTrailSource } from './trail-sources.js';

/** The tamper-evident side of the audit trail: sealing it, and proving it whole. */
export function createAuditTrail(deps: Deps, options: SealerOptions = {}) {
  const { store, config, keys, clock } = deps;
  const sealer = createAuditSealer(deps, options);
  return {
    sealer,

    /** Reads the whole trail and reports whether it is consistent, and where it is not. */
    async verify(witness?: SignedCheckpoint, onProgress?: (entries: number) => void): Promise<TrailReport> {
      const source = openTrailSource(store, config);
      try {
        return await verifyTrail(source, {
          verifySignature: keys.signer.verify,
          ...(witness ? { witness } : {}),
          now: clock.now(),
          graceMs: sealer.graceMs,
          ...(onProgress ? { onProgress } : {}),
        });
      } finally {
        source.close();
      }
    },

    /** Entries sealed so far (to size a progress bar). */
    async sealedEntries(): Promise<number> {
      return (await chainStore.head(store.db as Kysely<ChainTables>))?.endPosition ?? 0;
    },

    /** The newest signed checkpoint, in the form kept outside the database as a witness. */
    async latestCheckpoint(): Promise<SignedCheckpoint | undefined> {
      const c = await chainStore.lastCheckpoint(store.db as Kysely<ChainTables>);
      return c && { block: Number(c.block), size: Number(c.size), hash: c.hash, at: c.at, keyId: c.key_id, signature: c.signature };
    },
  };
}

export type AuditTrail = ReturnType<typeof createAuditTrail>;
