/**
 * score(a, b, model): how likely two records are the same person, with one explanation per field.
 * For a service comparing a new registration with the candidates its keys found.
 */
import type { Guard } from './guards.js';
import { DEFAULT_MODEL, type MatchModel } from './model.js';
import { scoreMany } from './score-many.js';
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

export function score(a: MatchRecord, b: MatchRecord, model: MatchModel = DEFAULT_MODEL): MatchScore {
  return scoreMany(a, [b], model)[0]!;
}
