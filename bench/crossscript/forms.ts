/**
 * Grammatical and orthographic forms the generator needs (NAMES.md "Armenian naming
 * conventions"): patronymics in Armenian, Russian and Azerbaijani, Russified surnames, classical
 * Armenian spelling, and keying errors.
 */
import type { GivenName } from './names.js';

/** Armenian genitive: Արամ → Արամի, Արա → Արայի, irregular forms from the name list. */
export function armenianPatronymic(father: GivenName): string {
  if (father.genitive) return father.genitive;
  return /[աեէըիոօ]$/u.test(father.hy) ? `${father.hy}յի` : `${father.hy}ի`;
}

/** Russian: -ович/-овна; -евич/-евна after й (dropped) and ж ч ш щ ц; -ич/-ична after а/я. */
export function russianPatronymic(fatherRu: string, male: boolean): string {
  if (/й$/u.test(fatherRu)) return fatherRu.slice(0, -1) + (male ? 'евич' : 'евна');
  if (/[жчшщц]$/u.test(fatherRu)) return fatherRu + (male ? 'евич' : 'евна');
  if (/[ая]$/u.test(fatherRu)) return fatherRu.slice(0, -1) + (male ? 'ич' : 'ична');
  if (/ь$/u.test(fatherRu)) return fatherRu.slice(0, -1) + (male ? 'евич' : 'евна');
  return fatherRu + (male ? 'ович' : 'овна');
}

/** Azerbaijani: "Aram oğlu" (son of), "Aram qızı" (daughter of). */
export function azerbaijaniPatronymic(fatherLatin: string, male: boolean): string {
  return `${fatherLatin} ${male ? 'oğlu' : 'qızı'}`;
}

/** Soviet-era Russified surname: Акопян → Акопов / Акопова, Мирзоян → Мирзоев. */
export function russifiedSurname(ru: string, male: boolean): string {
  const stem = ru.replace(/ян$/u, '');
  const suffix = /[аеиоуя]$/u.test(stem) ? 'ев' : 'ов';
  return stem + suffix + (male ? '' : 'а');
}

/** Classical orthography: -յան spelt -եան, և spelt եւ, initial Հ before ա/ո spelt Յ. */
export function classicalArmenian(text: string): string {
  return text
    .replace(/յան(?=$|[\s-])/gu, 'եան')
    .replace(/և/gu, 'եւ')
    .replace(/(^|[\s-])Հ(?=[աո])/gu, '$1Յ');
}

/** և written as եվ (a common keyboard substitute). */
export const ligatureAsLetters = (text: string): string => text.replace(/և/gu, 'եվ');

const ALPHABETS = {
  armenian: 'աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցփքօֆ',
  cyrillic: 'абвгдежзийклмнопрстуфхцчшщыэюя',
  latin: 'abcdefghijklmnopqrstuvwxyz',
};

function alphabetOf(text: string): string {
  if (/[\u0531-\u0587]/u.test(text)) return ALPHABETS.armenian;
  if (/[\u0400-\u04FF]/u.test(text)) return ALPHABETS.cyrillic;
  return ALPHABETS.latin;
}

/**
 * One keying error inside the word (never the first letter, which people rarely get wrong):
 * a deleted, doubled, replaced or swapped letter.
 */
export function typo(text: string, random: () => number): string {
  const chars = [...text];
  if (chars.length < 4) return text;
  const at = 1 + Math.floor(random() * (chars.length - 2));
  const letters = alphabetOf(text);
  const kind = Math.floor(random() * 4);
  if (kind === 0) chars.splice(at, 1);
  else if (kind === 1) chars.splice(at, 0, chars[at] as string);
  else if (kind === 2) chars[at] = letters[Math.floor(random() * letters.length)] as string;
  else [chars[at], chars[at + 1]] = [chars[at + 1] ?? '', chars[at] as string];
  return chars.join('');
}
