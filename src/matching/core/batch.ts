/**
 * Batch linkage: dedupe(records) finds the duplicates within one set, link(left, right) the same
 * people across two. Both block, compare each candidate pair once, estimate the model by EM unless
 * one is given, score, apply the hard-negative guards and keep pairs at or above the threshold.
 */
import { type BlockingRule, DEFAULT_BLOCKING_RULES } from './blocking-keys.js';
import { connectedComponents } from './cluster.js';
import { type ComparedCandidates, compareCandidates } from './compared.js';
import { type EstimateOptions, modelFromCompared } from './estimate.js';
import type { MatchModel } from './model.js';
import { createDictionaries, countGivenNames, prepareTable, type PreparedTable } from './prepare.js';
import { PairScorer } from './scorer.js';
import { MAX_TF_ADJUSTMENT } from './frequencies.js';
import type { MatchRecord, ProgressCallback } from './types.js';

export interface BatchOptions extends EstimateOptions {
  /** use this model instead of estimating one */
  model?: MatchModel;
  blockingRules?: readonly BlockingRule[];
  onProgress?: ProgressCallback;
}

export interface ScoredPair {
  idA: string;
  idB: string;
  /** P(same person) */
  score: number;
  /** bits of evidence */
  weight: number;
}

export interface BatchStats {
  records: number;
  candidatePairs: number;
  patterns: number;
  matchedPairs: number;
  guardedPairs: number;
}

export interface BatchResult {
  pairs: ScoredPair[];
  model: MatchModel;
  stats: BatchStats;
}

export interface DedupeResult extends BatchResult {
  /** ids of records that are one person, two or more per cluster */
  clusters: string[][];
}

interface Scored {
  g: number;
  h: number;
  score: number;
  weight: number;
}

/**
 * Per distinct pattern: its weight without term frequencies, and the most that term frequencies
 * could add. A pair whose pattern cannot reach the threshold even so is skipped without looking
 * up any frequency — most candidate pairs.
 */
class PatternWeights {
  readonly codes: Float64Array;
  readonly base: Float64Array;
  readonly reach: Float64Array;
  readonly levels: Int8Array;

  constructor(compared: ComparedCandidates, scorer: PairScorer) {
    const fields = compared.comparators.length;
    this.codes = Float64Array.from(compared.patterns.keys());
    this.base = new Float64Array(this.codes.length);
    this.reach = new Float64Array(this.codes.length);
    this.levels = new Int8Array(this.codes.length * fields);
    this.codes.forEach((code, k) => {
      const levels = compared.codec.decode(code, this.levels.subarray(k * fields, (k + 1) * fields));
      let base = 0;
      let reach = 0;
      levels.forEach((level, f) => {
        if (level < 0) return;
        base += scorer.weights[f]?.[level] ?? 0;
        if (compared.comparators[f]?.tfLevels.includes(level)) reach += MAX_TF_ADJUSTMENT;
      });
      this.base[k] = base;
      this.reach[k] = reach;
    });
  }

  /** Index of a code in the ascending list (binary search). */
  indexOf(code: number): number {
    let lo = 0;
    let hi = this.codes.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((this.codes[mid] as number) < code) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** Scores the compared pairs (those the guards stopped were never kept, compared.ts). */
function scoreCompared(compared: ComparedCandidates, model: MatchModel, onProgress?: ProgressCallback): Scored[] {
  const { pairs, candidates } = compared;
  const scorer = new PairScorer(model, compared.comparators);
  const patterns = new PatternWeights(compared, scorer);
  const fields = compared.comparators.length;
  const minimumWeight = scorer.weightForProbability(model.threshold);
  const kept: Scored[] = [];
  for (let p = 0; p < pairs.length; p++) {
    if (onProgress && p % 1_000_000 === 0) onProgress({ phase: 'score', done: p, total: pairs.length });
    const k = patterns.indexOf(pairs.code[p] as number);
    let weight = patterns.base[k] as number;
    if (weight + (patterns.reach[k] as number) < minimumWeight) continue;
    const g = pairs.g[p] as number;
    const a = candidates.tableOf(g);
    const i = candidates.rowOf(g);
    for (let f = 0; f < fields; f++) weight += scorer.tfAdjustment(f, patterns.levels[k * fields + f] ?? -1, a, i);
    if (weight < minimumWeight) continue;
    kept.push({ g, h: pairs.h[p] as number, score: scorer.probability(weight), weight });
  }
  onProgress?.({ phase: 'score', done: pairs.length, total: pairs.length });
  return kept;
}

function run(sides: readonly PreparedTable[], options: BatchOptions): { compared: ComparedCandidates; model: MatchModel; kept: Scored[] } {
  const compared = compareCandidates(sides, options.blockingRules ?? DEFAULT_BLOCKING_RULES, options.blocking, options.onProgress);
  const model = options.model ?? modelFromCompared(compared, options);
  return { compared, model, kept: scoreCompared(compared, model, options.onProgress) };
}

function statsOf(compared: ComparedCandidates, records: number, matched: number): BatchStats {
  const { pairs, guarded, patterns } = compared;
  return { records, candidatePairs: pairs.length + guarded, patterns: patterns.size, matchedPairs: matched, guardedPairs: guarded };
}

export function dedupe(records: readonly MatchRecord[], options: BatchOptions = {}): DedupeResult {
  const table = prepareTable(records, undefined, options.onProgress);
  countGivenNames([table]);
  const { compared, model, kept } = run([table], options);
  const ids = table.ids;
  const pairs = kept.map((s) => ({ idA: ids[s.g] as string, idB: ids[s.h] as string, score: s.score, weight: s.weight }));
  options.onProgress?.({ phase: 'cluster', done: 0, total: kept.length });
  const clusters = connectedComponents(table.size, kept.map((s) => [s.g, s.h] as const)).map((group) => group.map((i) => ids[i] as string));
  options.onProgress?.({ phase: 'cluster', done: kept.length, total: kept.length });
  return { pairs, clusters, model, stats: statsOf(compared, records.length, pairs.length) };
}

export function link(left: readonly MatchRecord[], right: readonly MatchRecord[], options: BatchOptions = {}): BatchResult {
  const dict = createDictionaries();
  const tableLeft = prepareTable(left, dict, options.onProgress);
  const tableRight = prepareTable(right, dict, options.onProgress);
  countGivenNames([tableLeft, tableRight]);
  const { compared, model, kept } = run([tableLeft, tableRight], options);
  const pairs = kept.map((s) => ({
    idA: tableLeft.ids[s.g] as string,
    idB: tableRight.ids[s.h - tableLeft.size] as string,
    score: s.score,
    weight: s.weight,
  }));
  return { pairs, model, stats: statsOf(compared, left.length + right.length, pairs.length) };
}
