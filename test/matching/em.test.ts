/** EM recovers m and the prior from unlabelled comparison patterns drawn from a known model. */
import { describe, expect, it } from 'vitest';
import { fitEm } from '../../src/matching/core/em.js';
import { DEFAULT_MODEL } from '../../src/matching/core/model.js';
import { PatternCodec } from '../../src/matching/core/patterns.js';
import { seededRandom } from '../../src/matching/core/random.js';

const TRUE_M = [
  [0.85, 0.1, 0.05],
  [0.9, 0.07, 0.03],
  [0.8, 0.15, 0.05],
];
const TRUE_U = [
  [0.01, 0.02, 0.97],
  [0.02, 0.03, 0.95],
  [0.05, 0.05, 0.9],
];

function draw(probabilities: number[], random: () => number): number {
  let r = random();
  for (let level = 0; level < probabilities.length; level++) {
    r -= probabilities[level] ?? 0;
    if (r <= 0) return level;
  }
  return probabilities.length - 1;
}

describe('fitEm', () => {
  it('recovers m and the prior within a few points', () => {
    const random = seededRandom(3);
    const codec = new PatternCodec([3, 3, 3]);
    const patterns = new Map<number, number>();
    const matches = 3000;
    const nonMatches = 20000;
    const levels = new Int8Array(3);
    for (let n = 0; n < matches + nonMatches; n++) {
      const table = n < matches ? TRUE_M : TRUE_U;
      for (let f = 0; f < 3; f++) levels[f] = draw(table[f] ?? [], random);
      const code = codec.encode(levels);
      patterns.set(code, (patterns.get(code) ?? 0) + 1);
    }
    // every simulated pair is a candidate here, so the candidates are all the pairs there are
    const possiblePairs = matches + nonMatches;
    const shapes = ['a', 'b', 'c'].map((field) => ({ field, levelCount: 3 }));
    const start = { ...DEFAULT_MODEL, fields: Object.fromEntries(shapes.map((s) => [s.field, { m: [0.6, 0.2, 0.2], u: [0.1, 0.1, 0.8] }])) };
    const result = fitEm({ patterns, shapes, start, u: TRUE_U, possiblePairs });
    shapes.forEach((s, f) => {
      result.fields[s.field]?.m.forEach((m, level) => expect(m).toBeCloseTo(TRUE_M[f]?.[level] ?? 0, 1));
    });
    expect(result.prior * possiblePairs).toBeGreaterThan(matches * 0.9);
    expect(result.prior * possiblePairs).toBeLessThan(matches * 1.1);
  });

  it('leaves hard negatives out of the match class', () => {
    const codec = new PatternCodec([3]);
    const everyone = new Map([[codec.encode(Int8Array.of(0)), 100], [codec.encode(Int8Array.of(2)), 900]]);
    const shapes = [{ field: 'a', levelCount: 3 }];
    const start = { ...DEFAULT_MODEL, fields: { a: { m: [0.8, 0.1, 0.1], u: [0.01, 0.01, 0.98] } } };
    const input = { patterns: everyone, shapes, start, u: [[0.01, 0.01, 0.98]], possiblePairs: 1000 };
    const all = fitEm(input);
    const withoutFirstLevel = fitEm({ ...input, isHardNegative: (levels: Int8Array) => levels[0] === 0 });
    expect(all.prior * 1000).toBeGreaterThan(50);
    expect(withoutFirstLevel.prior * 1000).toBeLessThan(1);
  });
});
