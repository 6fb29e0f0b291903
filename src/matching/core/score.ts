/**
 * score(a, b, model): how likely two records are the same person, with one explanation per field.
 * For a service comparing a new registration with the candidates its keys found.
 */
import { DEFAULT_MODEL, type MatchModel } from './model.js';
import { scoreMany, type FieldScore, type MatchScore } from './score-many.js';
import type { MatchRecord } from './types.js';

export type { FieldScore, MatchScore };

export function score(a: MatchRecord, b: MatchRecord, model: MatchModel = DEFAULT_MODEL): MatchScore {
  return scoreMany(a, [b], model)[0]!;
}
