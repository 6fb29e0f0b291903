/**
 * normaliseName: one canonical Latin phonetic skeleton for a name typed in Armenian, Russian or
 * Azerbaijani Cyrillic, Azerbaijani Latin, or any romanisation (BGN/PCGN, ISO 9985, passport,
 * ICAO Doc 9303, Western/diaspora). Two spellings of one name give the same skeleton or, for the
 * cases no rule can decide (Hamlet/Гамлет, Sargsyan/Саркисян), the same loose key (phonetics.ts).
 */
import { patronymicSkeleton } from './patronymic.js';
import { type HRule, looseKeyOf, skeletonOf } from './phonetics.js';
import { readPhonemes } from './phonemes.js';
import { surnameSkeleton } from './surname.js';
import { words } from './text.js';

export type NameKind = 'given' | 'family' | 'patronymic';

/** Words of a given name are joined: "Anna-Maria", "Anna Maria" and "AnnaMaria" meet. */
function givenSkeleton(text: string, hRule: HRule): string {
  return skeletonOf(words(text).map(readPhonemes).join(''), hRule);
}

function skeletonFor(text: string, kind: NameKind, hRule: HRule): string {
  switch (kind) {
    case 'given':
      return givenSkeleton(text, hRule);
    case 'family':
      return surnameSkeleton(text, hRule);
    case 'patronymic':
      return patronymicSkeleton(text, hRule);
  }
}

export function normaliseName(text: string, kind: NameKind): string {
  return skeletonFor(text, kind, 'velar');
}

/** The loose key of a name (phonetics.ts looseKeyOf): a weaker agreement than the skeleton. */
export function looseNameKey(text: string, kind: NameKind): string {
  return looseKeyOf(skeletonFor(text, kind, 'drop'), kind === 'family');
}
