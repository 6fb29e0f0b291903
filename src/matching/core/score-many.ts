/**
 * One record scored against many (a search, or the candidates a new registration's keys found):
 * the records are prepared once as two tables, so each pair costs only its comparison.
 */
import { comparatorsFor } from './compare.js';
import { explainField, explainImplied } from './explain.js';
import { DEFAULT_MODEL, type MatchModel } from './model.js';
import { createDictionaries, countGivenNames, prepareTable } from './prepare.js';
import type { Guard } from './guards.js';
import { PairScorer } from './scorer.js';
import type { MatchRecord } from './types.js';

export interface FieldScore {
  field: string;
  /** agreement level name, 'missing', or 'implied' (not counted: another field implies it) */
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

export function scoreMany(query: MatchRecord, candidates: readonly MatchRecord[], model: MatchModel = DEFAULT_MODEL): MatchScore[] {
  if (!candidates.length) return [];
  const dict = createDictionaries();
  const ta = prepareTable([query], dict);
  const tb = prepareTable(candidates, dict);
  countGivenNames([ta, tb], model.frequencies?.fields['givenName']?.counts ?? {});
  const scorer = new PairScorer(model, comparatorsFor(ta, tb));
  const levels = new Int8Array(scorer.comparators.length);
  return candidates.map((candidate, j) => {
    const { guard, setAside } = scorer.levels(ta, 0, tb, j, levels);
    const fields = scorer.comparators.map((comparator, f): FieldScore => {
      const level = levels[f] ?? -1;
      const levelName = level < 0 ? 'missing' : (comparator.levels[level] ?? 'missing');
      const tfBits = level < 0 ? 0 : scorer.tfAdjustment(f, level, ta, 0);
      // A field implied by another (sex, given the same given name) is shown but not counted twice.
      const explanation =
        f === setAside
          ? explainImplied(comparator.field, query, candidate)
          : explainField(comparator.field, levelName, query, candidate, tfBits, comparator.comparedWith?.(ta, 0, tb, j));
      return { field: comparator.field, level: f === setAside ? 'implied' : levelName, weight: scorer.fieldWeight(f, level, ta, 0), explanation };
    });
    const weight = fields.reduce((sum, f) => sum + f.weight, 0);
    const probability = guard ? 0 : scorer.probability(weight);
    return { weight, probability, isMatch: probability >= model.threshold, fields, ...(guard ? { guard } : {}) };
  });
}
