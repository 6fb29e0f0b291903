import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NumberIds } from '../../src/matching/core/number-ids.js';

describe('NumberIds', () => {
  it('numbers keys in order of arrival, like a Map would', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: 0, max: 50 }), fc.integer({ min: 0, max: 2 ** 52 })), { maxLength: 20000 }), (keys) => {
        const ids = new NumberIds();
        const reference = new Map<number, number>();
        for (const key of keys) {
          if (!reference.has(key)) reference.set(key, reference.size);
          expect(ids.id(key)).toBe(reference.get(key));
        }
        expect(ids.size).toBe(reference.size);
      }),
      { numRuns: 30 },
    );
  });
});
