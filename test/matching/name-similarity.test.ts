import { describe, expect, it } from 'vitest';
import { Interner } from '../../src/matching/core/interner.js';
import { CLOSE_NAME_SIMILARITY, NameSimilarity } from '../../src/matching/core/name-similarity.js';
import { seededRandom } from '../../src/matching/core/random.js';
import { jaroWinkler, withinOneEdit } from '../../src/matching/core/strings.js';

describe('NameSimilarity memo', () => {
  it('answers as the string measures do, before and after it grows', () => {
    const random = seededRandom(11);
    const names = new Interner();
    const letters = 'aeikmnorstuv';
    const ids = Array.from({ length: 400 }, () =>
      names.id(Array.from({ length: 3 + Math.floor(random() * 4) }, () => letters[Math.floor(random() * letters.length)]).join('')),
    );
    const memo = new NameSimilarity(names);
    for (let round = 0; round < 2; round++) {
      for (let k = 0; k < 3000; k++) {
        const a = ids[Math.floor(random() * ids.length)] ?? 0;
        const b = ids[Math.floor(random() * ids.length)] ?? 0;
        const x = names.value(a);
        const y = names.value(b);
        expect(memo.looksAlike(a, b)).toBe(jaroWinkler(x, y) >= CLOSE_NAME_SIMILARITY || withinOneEdit(x, y));
      }
    }
  });
});
