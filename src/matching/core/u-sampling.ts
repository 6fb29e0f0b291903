/**
 * u probabilities — how often *different* people agree at each level — measured on random pairs.
 * Nearly every random pair is two different people, so no labels are needed. Counts are smoothed
 * towards the starting model with a fixed number of pseudo-pairs, so a level never seen in the
 * sample (a shared document number) keeps a small, non-zero u.
 */
import type { FieldComparator } from './compare.js';
import { type MatchModel, parametersFor } from './model.js';
import type { PreparedTable } from './prepare.js';
import { seededRandom } from './random.js';

export interface USamplingOptions {
  /** random pairs to compare */
  sampleSize?: number;
  seed?: number;
  /** pseudo-pairs of the starting model's u added to each field */
  priorStrength?: number;
}

export const DEFAULT_U_SAMPLE_SIZE = 200_000;
export const DEFAULT_SEED = 20231001;

export function sampleU(
  sides: readonly PreparedTable[],
  comparators: readonly FieldComparator[],
  start: MatchModel,
  options: USamplingOptions = {},
): number[][] {
  const { sampleSize = DEFAULT_U_SAMPLE_SIZE, seed = DEFAULT_SEED, priorStrength = 1000 } = options;
  const a = sides[0] as PreparedTable;
  const b = sides[1] ?? a;
  const random = seededRandom(seed);
  const counts = comparators.map((c) => new Float64Array(c.levels.length));
  const possible = sides.length === 1 ? (a.size * (a.size - 1)) / 2 : a.size * b.size;
  const draws = Math.min(sampleSize, possible);
  for (let n = 0; n < draws; n++) {
    const i = Math.floor(random() * a.size);
    let j = Math.floor(random() * b.size);
    if (sides.length === 1 && j === i) j = (j + 1) % b.size;
    comparators.forEach((comparator, f) => {
      const level = comparator.compare(a, i, b, j);
      if (level >= 0) counts[f]![level]!++;
    });
  }
  return comparators.map((comparator, f) => {
    const start0 = parametersFor(start, comparator.field, comparator.levels.length).u;
    const row = counts[f] as Float64Array;
    const total = row.reduce((s, c) => s + c, 0) + priorStrength;
    return Array.from(row, (c, level) => (c + priorStrength * (start0[level] ?? 0)) / total);
  });
}
