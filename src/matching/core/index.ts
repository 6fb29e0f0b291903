/**
 * Homeward matching core: pure functions (no database, no HTTP, no clock, no hidden randomness)
 * for finding the same person across registrations typed in Armenian, Russian or Azerbaijani
 * Cyrillic, Azerbaijani Latin or any Latin romanisation.
 *
 * What a store or service calls:
 *
 * Normalising (for keys kept in ordinary indexed tables; no FTS or trigram index needed)
 *   detectScript(text) → 'armenian' | 'cyrillic' | 'latin' | 'mixed' | 'unknown'
 *   normaliseName(text, 'given' | 'family' | 'patronymic') → Latin phonetic skeleton; a patronymic
 *     gives the skeleton of the father's given name
 *   nameKeys(text, kind) → ['s:skeleton', 'l:loose key', 'e:equivalence class' | 'r:surname stem']:
 *     store them per record; look candidates up by exact key
 *   normaliseDocumentNumber(raw) → upper case, no separators, Cyrillic/Greek homoglyphs folded,
 *     O→0 / I→1 only where the document format allows digits only
 *   normalisePlaceName(text) → key for place search in any script (Xankəndi = Xankendi = Ханкенди);
 *     names that differ outright need the gazetteer
 *   transliterate(text, 'latn' | 'cyrl' | 'armn') → a name for display in the reader's script
 *     ('armn' from Latin or Cyrillic is best effort)
 *
 * Scoring (Fellegi–Sunter with term frequencies and hard-negative guards)
 *   buildFrequencies(records) → Frequencies: value counts to put in a model (rarer names weigh more)
 *   estimate(records, blockingRules = DEFAULT_BLOCKING_RULES, options?) → MatchModel, learnt without
 *     labels: u from random pairs, m and the prior by EM on blocked candidate pairs
 *   score(a, b, model = DEFAULT_MODEL) → { weight, probability, isMatch, fields[], guard? }: one
 *     explanation per field, in words a reviewer can read
 *   DEFAULT_MODEL, DEFAULT_THRESHOLD (0.9, chosen in advance), DEFAULT_BLOCKING_RULES
 *
 * Batch (a million records in about 33 s of CPU on this two-core machine; bench/RESULTS-matching.md)
 *   dedupe(records, options?) → { pairs: {idA, idB, score, weight}[], clusters, model, stats }
 *   link(left, right, options?) → { pairs, model, stats }
 *   options: { model?, blockingRules?, blocking?: { maxBlockSize, window }, threshold?,
 *              onProgress?: ({ phase, done, total }) => void }
 */
export { detectScript, type Script } from './scripts.js';
export { normaliseName, looseNameKey, type NameKind } from './normalise.js';
export { nameKeys } from './keys.js';
export { transliterate, type TargetScript } from './transliterate.js';
export { normaliseDocumentNumber } from './document.js';
export { normalisePlaceName } from './place.js';
export type { MatchRecord, Sex, Progress, ProgressCallback } from './types.js';
export { buildFrequencies, type Frequencies } from './frequencies.js';
export { estimate, type EstimateOptions } from './estimate.js';
export { score, type FieldScore, type MatchScore } from './score.js';
export { rankCandidates, scoreMany, type RankedCandidate } from './score-many.js';
export { dedupe, link, type BatchOptions, type BatchResult, type BatchStats, type DedupeResult, type ScoredPair } from './batch.js';
export { DEFAULT_BLOCKING_RULES, type BlockingKey, type BlockingRule } from './blocking-keys.js';
export type { BlockingOptions } from './blocking.js';
export { DEFAULT_MODEL, DEFAULT_THRESHOLD, type MatchModel, type FieldParameters } from './model.js';
export type { Guard, GuardRule } from './guards.js';
export { registryKeys } from './registry-keys.js';
export { readingsOf, wordsOf, type SearchFields } from './query.js';
