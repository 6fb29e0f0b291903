/**
 * Expectation–maximisation of the m probabilities and the prior on unlabelled candidate pairs.
 *
 * u is fixed beforehand from random pairs (u-sampling.ts), so it describes different people in
 * the whole population, not among candidates. Each candidate pair is then a mixture of "match"
 * (probability ∝ prior · m(γ)) and "non-match" (∝ (1 − prior) · u(γ)), where prior is the chance
 * that two records drawn from the whole population are one person. Assuming blocking finds nearly
 * every match, the prior is the expected number of matches among candidates divided by all
 * possible pairs. m is smoothed towards the starting model with `priorStrength` pseudo-pairs per
 * field so that rarely seen levels stay sensible. Pairs the hard-negative guards stop are left
 * out: they are relatives, whose agreement on surname, phone and place would otherwise be read
 * as the way duplicates look.
 */
import { type FieldParameters, type MatchModel, parametersFor } from './model.js';
import { PatternCodec } from './patterns.js';

export interface EmOptions {
  maxIterations?: number;
  /** stop when no m probability moves more than this */
  tolerance?: number;
  priorStrength?: number;
}

export interface FieldShape {
  field: string;
  levelCount: number;
}

export interface EmInput {
  /** pattern code → number of candidate pairs */
  patterns: ReadonlyMap<number, number>;
  shapes: readonly FieldShape[];
  start: MatchModel;
  /** u per field and level */
  u: readonly (readonly number[])[];
  /** every pair that could be formed (n(n−1)/2, or n·m for linkage) */
  possiblePairs: number;
  /** comparison vectors known to be different people (the hard-negative guards): never matches */
  isHardNegative?: (levels: Int8Array) => boolean;
}

export interface EmResult {
  fields: Record<string, FieldParameters>;
  prior: number;
  iterations: number;
}

const logOf = (p: number): number => Math.log(Math.max(p, 1e-300));

function posterior(levels: Int8Array, m: number[][], u: readonly (readonly number[])[], prior: number): number {
  let logRatio = logOf(prior) - logOf(1 - prior);
  for (let f = 0; f < levels.length; f++) {
    const level = levels[f] ?? -1;
    if (level >= 0) logRatio += logOf(m[f]?.[level] ?? 0) - logOf(u[f]?.[level] ?? 0);
  }
  return 1 / (1 + Math.exp(-logRatio));
}

function smoothed(counts: Float64Array, start: readonly number[], strength: number): number[] {
  const total = counts.reduce((sum, c) => sum + c, 0) + strength;
  return Array.from(counts, (c, level) => (c + strength * (start[level] ?? 0)) / total);
}

export function fitEm(input: EmInput, options: EmOptions = {}): EmResult {
  const { maxIterations = 200, tolerance = 1e-6, priorStrength = 20 } = options;
  const { patterns, shapes, u, possiblePairs } = input;
  const codec = new PatternCodec(shapes.map((s) => s.levelCount));
  const decoded = [...patterns]
    .map(([code, count]) => ({ levels: codec.decode(code, new Int8Array(shapes.length)), count }))
    .filter(({ levels }) => !input.isHardNegative?.(levels));
  const candidates = decoded.reduce((n, p) => n + p.count, 0);
  const startM = shapes.map((s) => parametersFor(input.start, s.field, s.levelCount).m);
  let m = startM.map((row) => [...row]);
  let prior = Math.min(0.5, (0.5 * Math.max(candidates, 1)) / possiblePairs);
  let iterations = 0;
  for (; iterations < maxIterations; iterations++) {
    const counts = shapes.map((s) => new Float64Array(s.levelCount));
    let matches = 0;
    for (const { levels, count } of decoded) {
      const w = posterior(levels, m, u, prior) * count;
      matches += w;
      for (let f = 0; f < shapes.length; f++) {
        const level = levels[f] ?? -1;
        if (level >= 0) counts[f]![level]! += w;
      }
    }
    const next = counts.map((c, f) => smoothed(c, startM[f] ?? [], priorStrength));
    const change = Math.max(...next.flatMap((row, f) => row.map((x, l) => Math.abs(x - (m[f]?.[l] ?? 0)))));
    m = next;
    prior = Math.min(Math.max(matches / possiblePairs, 1e-12), 0.5);
    if (change < tolerance) break;
  }
  const fields = Object.fromEntries(shapes.map((s, f) => [s.field, { m: m[f] ?? [], u: [...(u[f] ?? [])] }]));
  return { fields, prior, iterations };
}
