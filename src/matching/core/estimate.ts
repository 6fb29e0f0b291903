/**
 * estimate(records, blockingRules): a model learnt from unlabelled records. Candidate pairs come
 * from the blocking rules; EM (em.ts) fits m, u and the prior among them; term frequencies are
 * counted over the records.
 */
import { type BlockingRule, DEFAULT_BLOCKING_RULES } from './blocking-keys.js';
import type { BlockingOptions } from './blocking.js';
import { type ComparedCandidates, compareCandidates } from './compared.js';
import { type EmOptions, fitEm } from './em.js';
import { frequenciesOfTable } from './frequencies.js';
import { HardNegativeGuards } from './guards.js';
import { DEFAULT_MODEL, DEFAULT_THRESHOLD, type MatchModel } from './model.js';
import { countGivenNames, prepareTable } from './prepare.js';
import { sampleU, type USamplingOptions } from './u-sampling.js';
import type { MatchRecord, ProgressCallback } from './types.js';

export interface EstimateOptions {
  /** starting values and smoothing target for EM; DEFAULT_MODEL otherwise */
  start?: MatchModel;
  threshold?: number;
  em?: EmOptions;
  uSampling?: USamplingOptions;
  blocking?: BlockingOptions;
  onProgress?: ProgressCallback;
}

export function modelFromCompared(compared: ComparedCandidates, options: EstimateOptions): MatchModel {
  const shapes = compared.comparators.map((c) => ({ field: c.field, levelCount: c.levels.length }));
  const total = compared.pairs.length;
  options.onProgress?.({ phase: 'estimate', done: 0, total });
  const start = options.start ?? DEFAULT_MODEL;
  const u = sampleU(compared.sides, compared.comparators, start, options.uSampling);
  const [a, b] = compared.sides;
  const possiblePairs = b ? a!.size * b.size : (a!.size * (a!.size - 1)) / 2;
  const guards = new HardNegativeGuards(shapes.map((s) => s.field));
  const isHardNegative = (levels: Int8Array): boolean => guards.check(levels) !== undefined;
  const { fields, prior } = fitEm({ patterns: compared.patterns, shapes, start, u, possiblePairs, isHardNegative }, options.em);
  options.onProgress?.({ phase: 'estimate', done: total, total });
  const frequencies = frequenciesOfTable(compared.sides[0]!, compared.comparators);
  for (const side of compared.sides.slice(1)) {
    for (const [field, counts] of Object.entries(frequenciesOfTable(side, compared.comparators).counts)) {
      const merged = (frequencies.counts[field] ??= {});
      for (const [value, n] of Object.entries(counts)) merged[value] = (merged[value] ?? 0) + n;
    }
  }
  return { fields, prior, threshold: options.threshold ?? DEFAULT_THRESHOLD, frequencies };
}

export function estimate(
  records: readonly MatchRecord[],
  blockingRules: readonly BlockingRule[] = DEFAULT_BLOCKING_RULES,
  options: EstimateOptions = {},
): MatchModel {
  const table = prepareTable(records, undefined, options.onProgress);
  countGivenNames([table]);
  return modelFromCompared(compareCandidates([table], blockingRules, options.blocking, options.onProgress), options);
}
