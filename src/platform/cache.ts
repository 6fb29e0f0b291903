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

/**
 * A pure function of a string that remembers its answers, up to `limit` of them; past the limit it
 * forgets them all at once, which costs nothing per call (unlike keeping the most recent ones) and
 * is enough where the same inputs recur within a request or between neighbouring requests.
 */
export function remembered<T>(compute: (key: string) => T, limit: number): (key: string) => T {
  const answers = new Map<string, T>();
  return (key) => {
    let answer = answers.get(key);
    if (answer === undefined) {
      answer = compute(key);
      if (answers.size >= limit) answers.clear();
      answers.set(key, answer);
    }
    return answer;
  };
}
