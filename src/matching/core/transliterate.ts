/**
 * transliterate: shows a name in the reader's script. For display only; matching never compares
 * transliterations (it compares skeletons, normalise.ts).
 * - 'latn': passport-style Latin from Armenian (BGN/PCGN without apostrophes, ye/vo initially),
 *   readable BGN-style Latin from Russian, the BGN/PCGN 1993 table from Azerbaijani Cyrillic.
 * - 'cyrl': Russian practice from Armenian (initial Հ dropped before a vowel, as in Акоп) and
 *   from any Latin spelling.
 * - 'armn': BEST EFFORT from Latin or Cyrillic: aspiration (թ փ ք չ ց), ռ and է/ե are not
 *   recoverable, so the result is a plausible spelling, not the person's own.
 * Text already in the target script is returned unchanged.
 */
import { scriptOf } from './scripts.js';
import {
  ARMENIAN_TO_CYRILLIC,
  ARMENIAN_TO_LATIN,
  AZERBAIJANI_CYRILLIC_LETTERS,
  AZERBAIJANI_CYRILLIC_TO_LATIN,
  LATIN_TO_ARMENIAN,
  LATIN_TO_CYRILLIC,
  RUSSIAN_TO_LATIN,
} from './tables/display.js';
import { foldCase } from './text.js';

export type TargetScript = 'latn' | 'cyrl' | 'armn';

const TARGET_SCRIPT = { latn: 'latin', cyrl: 'cyrillic', armn: 'armenian' } as const;
const VOWEL_BEFORE = /[aeiouаеёиоуыэюяաեէըիոօ]$/u;

/** Overrides a table in context; returns undefined to let the table decide. */
type ContextRule = (word: string, i: number, out: string) => [string, number] | undefined;

function mapWord(word: string, table: ReadonlyMap<string, string>, rule?: ContextRule): string {
  let out = '';
  for (let i = 0; i < word.length; ) {
    const special = rule?.(word, i, out);
    if (special) {
      out += special[0];
      i += special[1];
      continue;
    }
    let len = Math.min(4, word.length - i);
    while (len > 1 && !table.has(word.slice(i, i + len))) len--;
    const grapheme = word.slice(i, i + len);
    out += table.get(grapheme) ?? grapheme;
    i += len;
  }
  return out;
}

/** Ե is ye and Ո is vo word-initially, և is yev; after a vowel Ե is ye (NAMES.md). */
const armenianToLatinRule: ContextRule = (word, i, out) => {
  const char = word[i];
  const initialOrAfterVowel = i === 0 || VOWEL_BEFORE.test(out);
  if (char === 'ե' && initialOrAfterVowel) return ['ye', 1];
  if (char === 'և' && initialOrAfterVowel) return ['yev', 1];
  if (char === 'ո' && i === 0 && word[1] !== 'ւ' && word[1] !== 'վ') return ['vo', 1];
  return undefined;
};

/** Russian practice drops an initial Հ before a vowel (Акоп, Арутюнян) and reduces Հովհ to Ов. */
const armenianToCyrillicRule: ContextRule = (word, i) => {
  if (word[i] === 'հ' && i === 0 && !/^[բգդզթժլխծկհձղճմնշչպջռսվտրցփքֆ]/u.test(word[1] ?? '')) return ['', 1];
  if (word[i] === 'հ' && word[i - 1] === 'վ') return ['', 1];
  if (word[i] === 'ո' && i === 0 && word[1] !== 'ւ') return ['во', 1];
  return undefined;
};

const russianToLatinRule: ContextRule = (word, i, out) =>
  word[i] === 'е' && (i === 0 || /[aeiouy]$/u.test(out) || /[ъь]/u.test(word[i - 1] ?? '')) ? ['ye', 1] : undefined;

/** Initial e is Э (Eduard → Эдуард); h follows Russian practice for Հ as in armenianToCyrillicRule. */
const latinToCyrillicRule: ContextRule = (word, i) => {
  if (i === 0 && word[i] === 'e') return ['э', 1];
  if (word[i] === 'h' && i === 0 && /[aeiouə]/u.test(word[1] ?? '')) return ['', 1];
  if (word[i] === 'h' && word[i - 1] === 'v') return ['', 1];
  return undefined;
};

const latinToArmenianRule: ContextRule = (word, i) => {
  if (i === 0 && word.startsWith('ye')) return ['ե', 2];
  if (i === 0 && word.startsWith('yev')) return ['և', 3];
  if (i === 0 && word.startsWith('vo')) return ['ո', 2];
  if (i === 0 && word[0] === 'o') return ['օ', 1];
  if (i === 0 && word[0] === 'e') return ['է', 1];
  return undefined;
};

function cyrillicToLatin(word: string): string {
  return AZERBAIJANI_CYRILLIC_LETTERS.test(word)
    ? mapWord(word, AZERBAIJANI_CYRILLIC_TO_LATIN)
    : mapWord(word, RUSSIAN_TO_LATIN, russianToLatinRule);
}

function toLatin(word: string, script: string | undefined): string {
  if (script === 'armenian') return mapWord(word, ARMENIAN_TO_LATIN, armenianToLatinRule);
  if (script === 'cyrillic') return cyrillicToLatin(word);
  return word;
}

function convertWord(word: string, target: TargetScript): string {
  const script = scriptOf(word[0] ?? '');
  if (target === 'latn') return toLatin(word, script);
  if (target === 'cyrl' && script === 'armenian') return mapWord(word, ARMENIAN_TO_CYRILLIC, armenianToCyrillicRule);
  const latin = toLatin(word, script);
  return target === 'cyrl'
    ? mapWord(latin, LATIN_TO_CYRILLIC, latinToCyrillicRule)
    : mapWord(latin, LATIN_TO_ARMENIAN, latinToArmenianRule);
}

/** Keeps the capitalisation of the original word: Title, UPPER or lower. */
function restoreCase(original: string, converted: string): string {
  const letters = [...original].filter((c) => /\p{L}/u.test(c));
  if (letters.length > 1 && letters.every((c) => c === c.toUpperCase() && c !== c.toLowerCase())) {
    return converted.toUpperCase();
  }
  const first = letters[0] ?? '';
  if (first !== first.toUpperCase()) return converted;
  return converted.charAt(0).toUpperCase() + converted.slice(1);
}

export function transliterate(text: string, target: TargetScript): string {
  return text.normalize('NFC').replace(/[\p{L}\p{M}]+/gu, (word) => {
    if (scriptOf(word[0] ?? '') === TARGET_SCRIPT[target]) return word;
    const lower = foldCase(word).replace(/\u0587/gu, 'և');
    return restoreCase(word, convertWord(lower, target));
  });
}
