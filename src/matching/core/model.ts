/**
 * The Fellegi–Sunter model: for each field and agreement level, m = P(level | same person) and
 * u = P(level | two different people of the population). A level's weight is log2(m / u) bits;
 * a pair's weight is the sum over present fields (a missing field adds 0), and its probability
 * combines that with the prior odds that two records of the population are one person.
 */
import type { Frequencies } from './frequencies.js';

export interface FieldParameters {
  m: number[];
  u: number[];
}

export interface MatchModel {
  fields: Record<string, FieldParameters>;
  /**
   * P(match) for two records of the population before their fields are seen. It belongs to the
   * population the model was estimated on: the chance that two random records are one person falls
   * as the population grows, so a store scoring against a population k times larger should divide
   * it by k (or estimate again).
   */
  prior: number;
  /** Pairs with probability ≥ threshold are flagged as possible duplicates. */
  threshold: number;
  frequencies?: Frequencies;
}

/**
 * Chosen in advance, not tuned on any benchmark: a pair is flagged for review when the model puts
 * the odds of "same person" at 9 to 1 or better. A reviewer then sees few false alarms, and a
 * pair just below is still listed by a search.
 */
export const DEFAULT_THRESHOLD = 0.9;

/**
 * Starting values for EM and the model used when nothing has been estimated. m reflects data
 * quality (how often one person's two records agree at each level); u is for two random records
 * of a population. Level order is that of the comparators in compare.ts.
 */
export const DEFAULT_FIELD_PARAMETERS: Readonly<Record<string, FieldParameters>> = {
  givenName: { m: [0.7, 0.17, 0.07, 0.02, 0.01, 0.03], u: [0.01, 0.003, 0.01, 0.002, 0.001, 0.974] },
  patronymic: { m: [0.7, 0.17, 0.07, 0.02, 0.01, 0.03], u: [0.01, 0.003, 0.01, 0.002, 0.001, 0.974] },
  familyName: { m: [0.75, 0.15, 0.06, 0.01, 0.005, 0.025], u: [0.01, 0.003, 0.01, 0.002, 0.0005, 0.9745] },
  sex: { m: [0.98, 0.02], u: [0.5, 0.5] },
  birthDate: {
    m: [0.8, 0.04, 0.02, 0.08, 0.02, 0.02, 0.015, 0.005],
    u: [0.00005, 0.0002, 0.000005, 0.0015, 0.013, 0.026, 0.459245, 0.5],
  },
  birthPlace: { m: [0.85, 0.05, 0.1], u: [0.1, 0.01, 0.89] },
  phone: { m: [0.6, 0.05, 0.35], u: [0.00001, 0.00001, 0.99998] },
  documentNumber: { m: [0.9, 0.05, 0.05], u: [0.0000001, 0.0000001, 0.9999998] },
};

/** Any field not listed above, such as FEBRL's address parts: exact / close / disagree. */
export const DEFAULT_EXTRA_PARAMETERS: FieldParameters = { m: [0.85, 0.08, 0.07], u: [0.01, 0.005, 0.985] };

/**
 * Chance that two records of the population are one person when nothing is estimated: about a
 * population of 100,000 with one registration in twenty repeated.
 */
export const DEFAULT_PRIOR = 1e-6;

export const DEFAULT_MODEL: MatchModel = {
  fields: DEFAULT_FIELD_PARAMETERS,
  prior: DEFAULT_PRIOR,
  threshold: DEFAULT_THRESHOLD,
};

export function parametersFor(model: MatchModel, field: string, levelCount: number): FieldParameters {
  const params = model.fields[field] ?? DEFAULT_FIELD_PARAMETERS[field] ?? DEFAULT_EXTRA_PARAMETERS;
  if (params.m.length !== levelCount) throw new Error(`model for ${field} has ${params.m.length} levels, expected ${levelCount}`);
  return params;
}

/** Probabilities are kept away from 0 so that no single level is infinitely strong evidence. */
const FLOOR = 1e-6;

export function levelWeight(params: FieldParameters, level: number): number {
  return Math.log2(Math.max(params.m[level] ?? 0, FLOOR) / Math.max(params.u[level] ?? 0, FLOOR));
}

/** P(match) from the summed weight (bits) and the prior. */
export function probabilityOf(weight: number, prior: number): number {
  const logOdds = weight + Math.log2(prior / (1 - prior));
  return 1 / (1 + 2 ** -logOdds);
}
