import { createHash } from 'node:crypto';
import type { Deps } from '../context.js';
import { Problem } from '../platform/problem.js';
import { lockDuration, throttleMemoryMs, throttleRules, type ThrottleRule } from './core/throttle.js';
import { accessStore } from './store.js';

export type ThrottleRuleName = keyof typeof throttleRules;

/** A counter of failures: which rule, and what it counts (hashed, so no name or address is stored). */
export interface ThrottleKey {
  rule: ThrottleRuleName;
  key: string;
}

export const throttleKey = (rule: ThrottleRuleName, ...parts: string[]): ThrottleKey => ({
  rule,
  key: `${rule}:${createHash('sha256').update(parts.join('\u0000')).digest('base64url')}`,
});

/** The counters of core/throttle.ts, kept in the store so that every app node sees the same locks. */
export function createThrottling({ store, clock }: Pick<Deps, 'store' | 'clock'>) {
  const now = () => clock.now();
  return {
    /** Refuses with 429 and the seconds to wait while any of the keys is locked. */
    async check(keys: readonly ThrottleKey[]) {
      let until = 0;
      for (const { key } of keys) {
        const row = await accessStore.throttle(store.db, key);
        if (row?.locked_until) until = Math.max(until, new Date(row.locked_until).getTime());
      }
      const seconds = Math.ceil(Math.max(0, until - now().getTime()) / 1000);
      if (seconds > 0) throw new Problem('too-many-requests', { seconds });
    },

    async fail(keys: readonly ThrottleKey[]) {
      const at = now();
      await store.transaction(async (trx) => {
        for (const { rule, key } of keys) {
          const row = await accessStore.throttle(trx, key);
          const fresh = row && at.getTime() - new Date(row.last_failure_at).getTime() < throttleMemoryMs;
          const failures = (fresh ? row.failures : 0) + 1;
          const lock = lockDuration(failures, throttleRules[rule] as ThrottleRule);
          await accessStore.saveThrottle(trx, {
            key,
            failures,
            last_failure_at: at.toISOString(),
            locked_until: lock ? new Date(at.getTime() + lock).toISOString() : null,
          });
        }
      });
    },

    async clear(keys: readonly ThrottleKey[]) {
      await store.transaction(async (trx) => {
        for (const { key } of keys) await accessStore.clearThrottle(trx, key);
      });
    },
  };
}

export type Throttling = ReturnType<typeof createThrottling>;
