/**
 * The first half of every batch operation: find candidate pairs, compare each once, and keep the
 * comparison as a packed pattern. Estimation reads the pattern counts; scoring reads the pairs.
 * The fields the hard-negative guards read are compared first: a pair they stop (siblings,
 * spouses, parent and child — most candidates from a family's blocks) is counted and dropped
 * without comparing the rest, since it can never be a match and EM leaves it out anyway.
 */
import type { BlockingRule } from './blocking-keys.js';
import { type BlockingOptions, CandidatePairs } from './blocking.js';
import { comparatorsFor, type FieldComparator } from './compare.js';
import { HardNegativeGuards } from './guards.js';
import { PairBuffer } from './pair-buffer.js';
import { PatternCodec } from './patterns.js';
import type { PreparedTable } from './prepare.js';
import type { ProgressCallback } from './types.js';

export interface ComparedCandidates {
  sides: readonly PreparedTable[];
  candidates: CandidatePairs;
  comparators: FieldComparator[];
  codec: PatternCodec;
  pairs: PairBuffer;
  /** pattern code → number of pairs (codes in ascending order) */
  patterns: Map<number, number>;
  /** candidate pairs stopped by the hard-negative guards (not in `pairs`) */
  guarded: number;
}

export function compareCandidates(
  sides: readonly PreparedTable[],
  rules: readonly BlockingRule[],
  blocking: BlockingOptions | undefined,
  onProgress?: ProgressCallback,
): ComparedCandidates {
  const candidates = new CandidatePairs(sides, rules, blocking);
  const comparators = comparatorsFor(sides[0] as PreparedTable, (sides[1] ?? sides[0]) as PreparedTable);
  const codec = new PatternCodec(comparators.map((c) => c.levels.length));
  const pairs = new PairBuffer();
  const levels = new Int8Array(comparators.length);
  const guards = new HardNegativeGuards(comparators.map((c) => c.field));
  const [first, second] = guards.fieldStages();
  const rest = comparators.map((_, f) => f).filter((f) => !first.includes(f) && !second.includes(f));
  let guarded = 0;
  let seen = 0;
  candidates.forEach((g, h) => {
    const a = candidates.tableOf(g);
    const i = candidates.rowOf(g);
    const b = candidates.tableOf(h);
    const j = candidates.rowOf(h);
    if (onProgress && ++seen % 1_000_000 === 0) onProgress({ phase: 'compare', done: seen, total: 0 });
    for (const f of first) levels[f] = (comparators[f] as FieldComparator).compare(a, i, b, j);
    for (const f of second) levels[f] = -1;
    if (guards.check(levels)) {
      guarded++;
      return;
    }
    for (const f of second) levels[f] = (comparators[f] as FieldComparator).compare(a, i, b, j);
    if (guards.check(levels)) {
      guarded++;
      return;
    }
    for (const f of rest) levels[f] = (comparators[f] as FieldComparator).compare(a, i, b, j);
    pairs.push(g, h, codec.encode(levels));
  }, onProgress);
  onProgress?.({ phase: 'compare', done: seen, total: seen });
  return { sides, candidates, comparators, codec, pairs, patterns: countPatterns(pairs), guarded };
}

/** Pattern code → number of pairs, by sorting a copy of the codes (cheaper than a map per pair). */
function countPatterns(pairs: PairBuffer): Map<number, number> {
  const codes = pairs.code.slice(0, pairs.length).sort();
  const counts = new Map<number, number>();
  for (let p = 0; p < codes.length; ) {
    let q = p;
    while (q < codes.length && codes[q] === codes[p]) q++;
    counts.set(codes[p] as number, q - p);
    p = q;
  }
  return counts;
}
