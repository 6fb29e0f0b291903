/**
 * Records scored against many (a search, or the candidates a new registration's keys found): the
 * records are prepared once as two tables, so each pair costs only its comparison, and the
 * explanations — sentences, the costly part — are written only for the pairs that are shown.
 */
import { comparatorsFor } from './compare.js';
import { explainField, explainImplied } from './explain.js';
import type { Guard } from './guards.js';
import { DEFAULT_MODEL, type MatchModel } from './model.js';
import { createDictionaries, countGivenNames, prepareTable, type PreparedTable } from './prepare.js';
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

export interface RankedCandidate {
  /** Index of the candidate in the list given. */
  candidate: number;
  /** Index of the query (reading) it agreed with best. */
  query: number;
  score: MatchScore;
}

function prepared(queries: readonly MatchRecord[], candidates: readonly MatchRecord[], model: MatchModel) {
  const dict = createDictionaries();
  const ta = prepareTable(queries, dict);
  const tb = prepareTable(candidates, dict);
  countGivenNames([ta, tb], model.frequencies?.fields['givenName']?.counts ?? {});
  return { ta, tb, scorer: new PairScorer(model, comparatorsFor(ta, tb)) };
}

/** The weight of one pair, without its explanation. */
function weighOne(scorer: PairScorer, ta: PreparedTable, i: number, tb: PreparedTable, j: number, levels: Int8Array) {
  const { guard } = scorer.levels(ta, i, tb, j, levels);
  let weight = 0;
  for (let f = 0; f < scorer.comparators.length; f++) weight += scorer.fieldWeight(f, levels[f] ?? -1, ta, i);
  return { weight, guard };
}

/** The whole score of one pair, with a sentence per field for a reviewer. */
function explainOne(scorer: PairScorer, model: MatchModel, ta: PreparedTable, i: number, tb: PreparedTable, j: number, a: MatchRecord, b: MatchRecord): MatchScore {
  const levels = new Int8Array(scorer.comparators.length);
  const { guard, setAside } = scorer.levels(ta, i, tb, j, levels);
  const fields = scorer.comparators.map((comparator, f): FieldScore => {
    const level = levels[f] ?? -1;
    const levelName = level < 0 ? 'missing' : (comparator.levels[level] ?? 'missing');
    const tfBits = level < 0 ? 0 : scorer.tfAdjustment(f, level, ta, i);
    // A field implied by another (sex, given the same given name) is shown but not counted twice.
    const explanation =
      f === setAside ? explainImplied(comparator.field, a, b) : explainField(comparator.field, levelName, a, b, tfBits, comparator.comparedWith?.(ta, i, tb, j));
    return { field: comparator.field, level: f === setAside ? 'implied' : levelName, weight: scorer.fieldWeight(f, level, ta, i), explanation };
  });
  const weight = fields.reduce((sum, f) => sum + f.weight, 0);
  const probability = guard ? 0 : scorer.probability(weight);
  return { weight, probability, isMatch: probability >= model.threshold, fields, ...(guard ? { guard } : {}) };
}

export function scoreMany(query: MatchRecord, candidates: readonly MatchRecord[], model: MatchModel = DEFAULT_MODEL): MatchScore[] {
  if (!candidates.length) return [];
  const { ta, tb, scorer } = prepared([query], candidates, model);
  return candidates.map((candidate, j) => explainOne(scorer, model, ta, 0, tb, j, query, candidate));
}

/**
 * The best `limit` candidates for any of the queries (the readings of a search), each by its best
 * reading, leaving out guarded pairs and those below `minWeight`; explained only for those kept.
 */
export function rankCandidates(
  queries: readonly MatchRecord[],
  candidates: readonly MatchRecord[],
  limit: number,
  minWeight: number,
  model: MatchModel = DEFAULT_MODEL,
): RankedCandidate[] {
  if (!candidates.length || !queries.length) return [];
  const { ta, tb, scorer } = prepared(queries, candidates, model);
  const levels = new Int8Array(scorer.comparators.length);
  const best: { candidate: number; query: number; weight: number }[] = [];
  for (let j = 0; j < candidates.length; j++) {
    let top: { query: number; weight: number } | undefined;
    for (let i = 0; i < queries.length; i++) {
      const { weight, guard } = weighOne(scorer, ta, i, tb, j, levels);
      if (!guard && weight >= minWeight && (!top || weight > top.weight)) top = { query: i, weight };
    }
    if (top) best.push({ candidate: j, ...top });
  }
  best.sort((x, y) => y.weight - x.weight);
  return best.slice(0, limit).map((b) => ({
    candidate: b.candidate,
    query: b.query,
    score: explainOne(scorer, model, ta, b.query, tb, b.candidate, queries[b.query]!, candidates[b.candidate]!),
  }));
}
