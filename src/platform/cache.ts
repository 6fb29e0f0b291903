import type { Clock } from './clock.js';

/**
 * Reference data (offices, gazetteer ids) read on every intake but changed a few times a year is
 * kept in memory for a short while. Another node's change is seen within `ttlMs`; this node's own
 * changes call `invalidate`.
 */
export function expiringValue<T>(load: () => Promise<T>, ttlMs: number, clock: Clock) {
  let value: Promise<T> | undefined;
  let loadedAt = 0;
  return {
    get(): Promise<T> {
      const now = clock.now().getTime();
      if (!value || now - loadedAt > ttlMs) {
        loadedAt = now;
        value = load().catch((e) => {
          value = undefined;
          throw e;
        });
      }
      return value;
    },
    invalidate() {
      value = undefined;
    },
  };
}
