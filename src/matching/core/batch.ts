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

function scoreCompared(compared: ComparedCandidates, model: MatchModel, onProgress?: ProgressCallback): { kept: Scored[]; guarded: number } {
  const { pairs, codec, candidates } = compared;
  const scorer = new PairScorer(model, compared.comparators);
  const baseWeights = new Map<number, number>();
  const levels = new Int8Array(compared.comparators.length);
  const kept: Scored[] = [];
  let guarded = 0;
  for (let p = 0; p < pairs.length; p++) {
    const code = pairs.code[p] as number;
    codec.decode(code, levels);
    let base = baseWeights.get(code);
    if (base === undefined) {
      base = levels.reduce((sum, level, f) => sum + (level < 0 ? 0 : (scorer.weights[f]?.[level] ?? 0)), 0);
      baseWeights.set(code, base);
    }
    const [a, i] = candidates.locate(pairs.g[p] as number);
    let weight = base;
    for (let f = 0; f < levels.length; f++) weight += scorer.tfAdjustment(f, levels[f] ?? -1, a, i);
    const probability = scorer.probability(weight);
    if (probability < model.threshold) continue;
    if (scorer.guard(levels)) {
      guarded++;
      continue;
    }
    kept.push({ g: pairs.g[p] as number, h: pairs.h[p] as number, score: probability, weight });
    if (onProgress && p % 1_000_000 === 0) onProgress({ phase: 'score', done: p, total: pairs.length });
  }
  onProgress?.({ phase: 'score', done: pairs.length, total: pairs.length });
  return { kept, guarded };
}

function run(sides: readonly PreparedTable[], options: BatchOptions): { compared: ComparedCandidates; model: MatchModel; kept: Scored[]; guarded: number } {
  const compared = compareCandidates(sides, options.blockingRules ?? DEFAULT_BLOCKING_RULES, options.blocking, options.onProgress);
  const model = options.model ?? modelFromCompared(compared, options);
  const { kept, guarded } = scoreCompared(compared, model, options.onProgress);
  return { compared, model, kept, guarded };
}

function statsOf(compared: ComparedCandidates, records: number, matched: number, guarded: number): BatchStats {
  return { records, candidatePairs: compared.pairs.length, patterns: compared.patterns.size, matchedPairs: matched, guardedPairs: guarded };
}

export function dedupe(records: readonly MatchRecord[], options: BatchOptions = {}): DedupeResult {
  const table = prepareTable(records, undefined, options.onProgress);
  countGivenNames([table]);
  const { compared, model, kept, guarded } = run([table], options);
  const ids = table.ids;
  const pairs = kept.map((s) => ({ idA: ids[s.g] as string, idB: ids[s.h] as string, score: s.score, weight: s.weight }));
  options.onProgress?.({ phase: 'cluster', done: 0, total: kept.length });
  const clusters = connectedComponents(table.size, kept.map((s) => [s.g, s.h] as const)).map((group) => group.map((i) => ids[i] as string));
  options.onProgress?.({ phase: 'cluster', done: kept.length, total: kept.length });
  return { pairs, clusters, model, stats: statsOf(compared, records.length, pairs.length, guarded) };
}

export function link(left: readonly MatchRecord[], right: readonly MatchRecord[], options: BatchOptions = {}): BatchResult {
  const dict = createDictionaries();
  const tableLeft = prepareTable(left, dict, options.onProgress);
  const tableRight = prepareTable(right, dict, options.onProgress);
  countGivenNames([tableLeft, tableRight]);
  const { compared, model, kept, guarded } = run([tableLeft, tableRight], options);
  const pairs = kept.map((s) => ({
    idA: tableLeft.ids[s.g] as string,
    idB: tableRight.ids[s.h - tableLeft.size] as string,
    score: s.score,
    weight: s.weight,
  }));
  return { pairs, model, stats: statsOf(compared, left.length + right.length, pairs.length, guarded) };
}
