/**
 * Surname conventions (NAMES.md, "Armenian naming conventions"): the Տեր-/Ter-/Der- prefix joined
 * by a hyphen, a space or nothing; the -յան ending as -yan/-ian/-jan/-yants/-եան; Russified
 * -ov/-ova forms, which are a weaker agreement than the same surname.
 */
import { type HRule, skeletonOf, untilStable } from './phonetics.js';
import { readPhonemes } from './phonemes.js';
import { foldCase, words } from './text.js';

/** German and Scandinavian write -յան as -jan (Hovhannisjan); j after a consonant there is y. */
const GERMAN_JAN = /([bcdfghklmnpqrstvwxz])j(an|ants|anc)$/u;
/** -անց written with a final c (Melikyanc) would otherwise read as k (Eric). */
const FINAL_ANC = /anc$/u;

function surnamePhonemes(text: string): string {
  return words(text)
    .map((word) => readPhonemes(foldCase(word).replace(GERMAN_JAN, '$1yan').replace(FINAL_ANC, 'ants')))
    .join('');
}

/** Ter- and Der- read the same after devoicing; the rest of the name follows its own rules. */
const TER_PREFIX = /^ter(?=.{3})/u;

/**
 * -յանց is -yan with a final ts; Russian women's surnames add -a (Акопова, Мирзоева); a Latin
 * text may keep the classical -ean.
 */
function foldSuffix(skeleton: string): string {
  return skeleton
    .replace(/(an)ʦ$/u, '$1')
    .replace(/([oe]v|in)a$/u, '$1')
    .replace(/ean$/u, 'yan');
}

export function surnameSkeleton(text: string, hRule: HRule = 'velar'): string {
  const phonemes = surnamePhonemes(text);
  const prefix = TER_PREFIX.test(phonemes) ? 'ter' : '';
  return prefix + untilStable(phonemes.slice(prefix.length), (s) => foldSuffix(skeletonOf(s, hRule)));
}

/**
 * The surname without its patronymic suffix: Акопов and Akopyan share the stem "akop". Only a
 * stem of three letters or more counts, so short names do not all meet.
 */
export function surnameStem(skeleton: string): string | undefined {
  const stem = skeleton.replace(/(yan|ov|ev|in)$/u, '');
  return stem !== skeleton && stem.length >= 3 ? stem : undefined;
}
