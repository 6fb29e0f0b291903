/**
 * Scores pairs of prepared records against a model: levels per field, weights with term-frequency
 * adjustment, the probability and the hard-negative guards. score() and the batch engine share it.
 */
import { type FieldComparator } from './compare.js';
import { TermFrequencies } from './frequencies.js';
import { type Guard, HardNegativeGuards } from './guards.js';
import { levelWeight, type MatchModel, parametersFor, probabilityOf } from './model.js';
import type { PreparedTable } from './prepare.js';

export class PairScorer {
  /** weights[f][level] in bits */
  readonly weights: Float64Array[];
  private readonly tf: TermFrequencies | undefined;
  private readonly tfCache: Map<number, number>[];
  private readonly guards: HardNegativeGuards;

  constructor(
    readonly model: MatchModel,
    readonly comparators: readonly FieldComparator[],
  ) {
    this.weights = comparators.map((c) => {
      const params = parametersFor(model, c.field, c.levels.length);
      return Float64Array.from(c.levels, (_, level) => levelWeight(params, level));
    });
    this.tf = model.frequencies ? new TermFrequencies(model.frequencies) : undefined;
    this.tfCache = comparators.map(() => new Map());
    this.guards = new HardNegativeGuards(comparators.map((c) => c.field));
  }

  /** Fills `levels` (one entry per comparator, -1 for missing). */
  levels(a: PreparedTable, i: number, b: PreparedTable, j: number, levels: Int8Array): void {
    for (let f = 0; f < this.comparators.length; f++) {
      levels[f] = (this.comparators[f] as FieldComparator).compare(a, i, b, j);
    }
  }

  /** Term-frequency adjustment (bits) of field f for the value record i holds; 0 when not applicable. */
  tfAdjustment(f: number, level: number, t: PreparedTable, i: number): number {
    const comparator = this.comparators[f] as FieldComparator;
    if (!this.tf || !comparator.tfValue || !comparator.tfText || !comparator.tfLevels.includes(level)) return 0;
    const id = comparator.tfValue(t, i);
    if (id < 0) return 0;
    const cache = this.tfCache[f] as Map<number, number>;
    let bits = cache.get(id);
    if (bits === undefined) {
      bits = this.tf.adjustment(comparator.field, comparator.tfText(t, id));
      cache.set(id, bits);
    }
    return bits;
  }

  fieldWeight(f: number, level: number, a: PreparedTable, i: number): number {
    if (level < 0) return 0;
    return (this.weights[f] as Float64Array)[level]! + this.tfAdjustment(f, level, a, i);
  }

  weight(levels: Int8Array, a: PreparedTable, i: number): number {
    let total = 0;
    for (let f = 0; f < levels.length; f++) total += this.fieldWeight(f, levels[f] ?? -1, a, i);
    return total;
  }

  probability(weight: number): number {
    return probabilityOf(weight, this.model.prior);
  }

  /** The weight at which the probability reaches p: a threshold checked without exponentials. */
  weightForProbability(p: number): number {
    const prior = this.model.prior;
    return Math.log2(p / (1 - p)) - Math.log2(prior / (1 - prior));
  }

  guard(levels: Int8Array): Guard | undefined {
    return this.guards.check(levels);
  }
}
