/**
 * A patronymic is reduced to the father's given name, whatever form it was written in
 * (NAMES.md, "Patronymic" and "Soviet / Russian documents"):
 *   Armenian genitive  Արամի, Արայի, Դավթի (vowel drop)   → Արամ, Արա, Դավիթ
 *   Russian            Арамович, Арамовна, Георгиевич      → Арам, Георгий
 *   Azerbaijani        Aram oğlu, Aram qızı                → Aram
 */
import { type HRule, skeletonOf } from './phonetics.js';
import { readPhonemes } from './phonemes.js';
import { VOWEL_DROP_GENITIVES } from './tables/given-name-equivalents.js';
import { words } from './text.js';

/** oğlu / оглы / ogly ("son of") and qızı / кызы / kyzy ("daughter of") as skeletons. */
const AZERBAIJANI_MARKERS = new Set(['oklu', 'okli', 'kizi']);

/** -ович/-евич/-овна/-евна in phonemes; the stem must keep at least two letters. */
const RUSSIAN_SUFFIX = /^(.{2,}?)([oe])v(ič|na)$/u;

/**
 * Сергеевич, Георгиевич: -евич follows a name that ended in й (Сергей, Георгий), which the
 * suffix swallowed; it is restored so the stem reads like the given name.
 */
function stripRussianSuffix(phonemes: string): string | undefined {
  const match = RUSSIAN_SUFFIX.exec(phonemes);
  if (!match) return undefined;
  const stem = match[1] ?? '';
  return match[2] === 'e' && /[aeiou]$/u.test(stem) ? `${stem}y` : stem;
}

/** Armenian genitive: -յի after a vowel-final name, otherwise -ի. */
function stripGenitive(phonemes: string): string {
  if (/.{2}yi$/u.test(phonemes)) return phonemes.slice(0, -2);
  if (/.{2}i$/u.test(phonemes)) return phonemes.slice(0, -1);
  return phonemes;
}

let vowelDrops: Map<string, string> | undefined;

/** Built lazily from the Armenian table so it follows any change in the skeleton rules. */
function vowelDropTable(): Map<string, string> {
  vowelDrops ??= new Map(
    VOWEL_DROP_GENITIVES.map(([stem, name]) => [skeletonOf(readPhonemes(stem)), skeletonOf(readPhonemes(name))]),
  );
  return vowelDrops;
}

/** Skeleton of the father's given name. */
export function patronymicSkeleton(text: string, hRule: HRule = 'velar'): string {
  const kept = words(text).filter((word) => !AZERBAIJANI_MARKERS.has(skeletonOf(readPhonemes(word))));
  const phonemes = kept.map(readPhonemes).join('');
  const stem = stripRussianSuffix(phonemes) ?? stripGenitive(phonemes);
  const skeleton = skeletonOf(stem, hRule);
  return vowelDropTable().get(skeleton) ?? skeleton;
}
