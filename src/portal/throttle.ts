import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Deps } from '../context.js';
import { lockDuration, type ThrottleRule } from '../access/core/throttle.js';
import { Problem } from '../platform/problem.js';
import { portalThrottle } from './core/access.js';
import { portalStore, type PortalTables } from './store.js';

export interface ThrottleKey {
  kind: string;
  /** An address or a reference: stored only as a digest. */
  value: string;
  rule: ThrottleRule;
}

/** The stored key of a throttle: its kind and a digest of the address or reference. */
export const throttleKey = (kind: string, value: string) => `${kind}:${createHash('sha256').update(value).digest('base64url')}`;
const keyOf = (k: ThrottleKey) => throttleKey(k.kind, k.value);

/**
 * Counts requests per key over an hour and refuses with 429 (how long to wait in the message)
 * once a key is over its rule. Counting every request, not only failures, keeps the answer the
 * same whether or not the request matched anything.
 */
export function createPortalThrottle({ store, clock }: Pick<Deps, 'store' | 'clock'>) {
  const db = store.db as Kysely<PortalTables>;
  return {
    async hit(...keys: ThrottleKey[]) {
      const now = clock.now();
      let waitMs = 0;
      for (const k of keys) {
        const key = keyOf(k);
        const row = await portalStore.throttle(db, key);
        const locked = row?.locked_until ? new Date(row.locked_until).getTime() - now.getTime() : 0;
        if (locked > 0) {
          waitMs = Math.max(waitMs, locked);
          continue;
        }
        const fresh = row && now.getTime() - new Date(row.first_hit_at).getTime() < portalThrottle.window;
        const hits = (fresh ? row.hits : 0) + 1;
        const lock = lockDuration(hits, k.rule);
        await store.transaction((trx) =>
          portalStore.saveThrottle(trx as Kysely<PortalTables>, {
            key,
            hits,
            first_hit_at: fresh ? row.first_hit_at : now.toISOString(),
            locked_until: lock ? new Date(now.getTime() + lock).toISOString() : null,
          }),
        );
        waitMs = Math.max(waitMs, lock);
      }
      if (waitMs > 0) throw new Problem('too-many-requests', { seconds: Math.ceil(waitMs / 1000) }, [], { retryAfter: Math.ceil(waitMs / 1000) });
    },
  };
}

export type PortalThrottle = ReturnType<typeof createPortalThrottle>;
