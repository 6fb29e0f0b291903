/**
 * The first half of every batch operation: prepare records, find candidate pairs, compare each
 * once, and keep the comparison as a packed pattern. Estimation reads the pattern counts; scoring
 * reads the pairs.
 */
import type { BlockingRule } from './blocking-keys.js';
import { type BlockingOptions, CandidatePairs } from './blocking.js';
import { comparatorsFor, type FieldComparator } from './compare.js';
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
  const patterns = new Map<number, number>();
  const levels = new Int8Array(comparators.length);
  candidates.forEach((g, h) => {
    const [a, i] = candidates.locate(g);
    const [b, j] = candidates.locate(h);
    for (let f = 0; f < comparators.length; f++) levels[f] = (comparators[f] as FieldComparator).compare(a, i, b, j);
    const code = codec.encode(levels);
    pairs.push(g, h, code);
    patterns.set(code, (patterns.get(code) ?? 0) + 1);
    if (onProgress && pairs.length % 1_000_000 === 0) onProgress({ phase: 'compare', done: pairs.length, total: 0 });
  }, onProgress);
  onProgress?.({ phase: 'compare', done: pairs.length, total: pairs.length });
  return { sides, candidates, comparators, codec, pairs, patterns };
}
