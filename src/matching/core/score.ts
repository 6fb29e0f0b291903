/**
 * score(a, b, model): how likely two records are the same person, with one explanation per field.
 * For a service comparing a new registration with the candidates its keys found.
 */
import { comparatorsFor } from './compare.js';
import { explainField } from './explain.js';
import type { Guard } from './guards.js';
import { DEFAULT_MODEL, type MatchModel } from './model.js';
import { createDictionaries, countGivenNames, prepareTable } from './prepare.js';
import { PairScorer } from './scorer.js';
import type { MatchRecord } from './types.js';

export interface FieldScore {
  field: string;
  /** agreement level name, or 'missing' */
  level: string;
  /** bits of evidence; positive for "same person" */
  weight: number;
  explanation: string;
}

export interface MatchScore {
  /** sum of field weights, in bits (log2 of the likelihood ratio) */
  weight: number;
  /** P(same person); 0 when a hard-negative guard applies */
  probability: number;
  isMatch: boolean;
  fields: FieldScore[];
  guard?: Guard;
}

export function score(a: MatchRecord, b: MatchRecord, model: MatchModel = DEFAULT_MODEL): MatchScore {
  const dict = createDictionaries();
  const ta = prepareTable([a], dict);
  const tb = prepareTable([b], dict);
  countGivenNames([ta, tb], model.frequencies?.counts['givenName'] ?? {});
  const scorer = new PairScorer(model, comparatorsFor(ta, tb));
  const levels = new Int8Array(scorer.comparators.length);
  scorer.levels(ta, 0, tb, 0, levels);
  const fields = scorer.comparators.map((comparator, f): FieldScore => {
    const level = levels[f] ?? -1;
    const levelName = level < 0 ? 'missing' : (comparator.levels[level] ?? 'missing');
    const tfBits = level < 0 ? 0 : scorer.tfAdjustment(f, level, ta, 0);
    return {
      field: comparator.field,
      level: levelName,
      weight: scorer.fieldWeight(f, level, ta, 0),
      explanation: explainField(comparator.field, levelName, a, b, tfBits, comparator.comparedWith?.(ta, 0, tb, 0)),
    };
  });
  const weight = fields.reduce((sum, f) => sum + f.weight, 0);
  const guard = scorer.guard(levels);
  const probability = guard ? 0 : scorer.probability(weight);
  return { weight, probability, isMatch: probability >= model.threshold, fields, ...(guard ? { guard } : {}) };
}
