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
import { DependentFields } from './dependence.js';
import { HardNegativeGuards } from './guards.js';
import { NumberIds } from './number-ids.js';
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
  /** pattern code → number of pairs */
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
  // room for a few kept pairs per record at once: growing a buffer of tens of megabytes again and
  // again makes V8 collect the whole heap each time
  const pairs = new PairBuffer(4 * sides.reduce((n, t) => n + t.size, 0));
  const levels = new Int8Array(comparators.length);
  const guards = new HardNegativeGuards(comparators.map((c) => c.field));
  const dependent = new DependentFields(comparators.map((c) => c.field));
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
    dependent.apply(levels);
    pairs.push(g, h, codec.encode(levels));
  }, onProgress);
  onProgress?.({ phase: 'compare', done: seen, total: seen });
  return { sides, candidates, comparators, codec, pairs, patterns: countPatterns(pairs), guarded };
}

/** Pattern code → number of pairs, counted in typed arrays (no copy of the codes, no boxing). */
function countPatterns(pairs: PairBuffer): Map<number, number> {
  const ids = new NumberIds();
  let counts = new Float64Array(1024);
  for (let p = 0; p < pairs.length; p++) {
    const id = ids.id(pairs.code[p] as number);
    if (id >= counts.length) {
      const grown = new Float64Array(counts.length * 2);
      grown.set(counts);
      counts = grown;
    }
    counts[id]!++;
  }
  const patterns = new Map<number, number>();
  for (let p = 0; p < pairs.length && patterns.size < ids.size; p++) {
    const code = pairs.code[p] as number;
    if (!patterns.has(code)) patterns.set(code, counts[ids.id(code)] as number);
  }
  return patterns;
}
