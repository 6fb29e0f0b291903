/**
 * Rules that turn a phoneme string (phonemes.ts) into a skeleton: the spelling differences that
 * NAMES.md lists between Armenian, Russian and Latin practice are undone here, in this order.
 * Every rule maps its own output to itself, so a skeleton is a fixed point of normaliseName.
 */

const collapseDoubles = (s: string): string => s.replace(/(.)\1+/gu, '$1');

/**
 * Հ is the least stable letter across scripts: Russian drops it word-initially (Hakob → Акоп,
 * Harutyunyan → Арутюнян), the hh of Hovhannes is reduced (Hovannisian, Ованес), and elsewhere it
 * becomes г or х (Mher → Мгер, Shahinyan → Шагинян, Mehrabyan → Меграбян).
 * Names where Russian writes Г for an initial Հ (Hamlet → Гамлет) are left to the loose key,
 * and so are the spellings that drop it between vowels (Vahe → Ваэ, Gohar → Гоар): the loose key
 * is built with every h dropped ('drop').
 */
export type HRule = 'velar' | 'drop';

function resolveH(s: string, rule: HRule): string {
  const rest = s.replace(/^h+/u, '').replace(/vh/gu, 'v');
  return rule === 'velar' ? rest.replace(/h/gu, 'k') : rest.replace(/h/gu, '');
}

/**
 * Vowel and glide conventions: Ո is vo word-initially (Voskanyan/Oskanyan), ICAO writes й as i
 * (Airapetian = Айрапетян) and я/ю as ia/iu (Oganesian), Ե is ye after vowels and initially
 * (Yervand/Ervand, Gabriyelyan/Gabrielyan), BGN writes ё as yo after a consonant (Pyotr = Пётр =
 * Петр), and a y that touches no vowel is the vowel i (Khojaly = Xocalı).
 */
function resolveVowels(s: string): string {
  return s
    .replace(/^vo/u, 'o')
    .replace(/([^aeiouy])yo/gu, '$1e')
    .replace(/([aeou])i(?![aeiou])/gu, '$1y')
    .replace(/iy/gu, 'y')
    .replace(/i(?=[aeou])/gu, 'y')
    .replace(/y+e/gu, 'e')
    .replace(/y+i/gu, 'i')
    .replace(/(^|[^aeiou])y(?![aeiou])/gu, '$1i');
}

/**
 * Հովհաննիսյան is also Оганесян, Ованесян, Ованисян, Аванесян and Oqanesyan: after the h rules
 * they all start with one of ovan/okan/avan, and Russian writes е for the reduced vowel.
 */
function resolveHovhannes(s: string): string {
  return s.replace(/^[ao][vk]an/u, 'ovan').replace(/^ovanis/u, 'ovanes');
}

/**
 * Letter pairs a reader would take for one grapheme (t+s is ts, o+u is ou), and a t before an
 * affricate: Մկրտչյան is Mkrtchyan and Мкртчян, where "tch" and "тч" are also plain ճ/չ
 * (Khatchadourian), so the t is not kept.
 */
function mergeDigraphs(s: string): string {
  return collapseDoubles(
    collapseDoubles(s).replace(/t[sz]/gu, 'ʦ').replace(/t(?=[čʦ])/gu, '').replace(/ou/gu, 'u'),
  );
}

function onePass(s: string, hRule: HRule): string {
  return mergeDigraphs(resolveHovhannes(resolveVowels(resolveH(collapseDoubles(s), hRule))));
}

/**
 * Applies a rewriting pass until nothing changes, so that the result is a fixed point (each rule
 * can expose a pattern for another: "aiy" → "ayy" → "ay"). Names settle in two or three passes.
 */
export function untilStable(s: string, pass: (s: string) => string): string {
  let current = s;
  for (let i = 0; i < 8; i++) {
    const next = pass(current);
    if (next === current) return next;
    current = next;
  }
  return current;
}

/** Phonemes of one word (or of a joined name) → skeleton. */
export function skeletonOf(phonemes: string, hRule: HRule = 'velar'): string {
  return untilStable(phonemes, (s) => onePass(s, hRule));
}

const VOWEL_RUN = /[aeiouy]+/gu;

/**
 * A looser key, from a skeleton built with HRule 'drop'. It bridges Հ written as Г (Hamlet/Гамлет,
 * Hrant/Грант: no initial velar) and, for surnames only, vowel drops and e/i alternation
 * (Sargsyan/Саркисян, Khachatryan/Khachaturian, Ованесян/Ованисян: no vowels). Given names keep
 * their vowels: without them Armen, Arman and Armine — different people, often twins — would meet.
 * A surname that starts with a vowel keeps one marker "a" so Ara and Ra do not meet. A key shorter
 * than three symbols says too little, so there is none ('').
 */
export function looseKeyOf(skeleton: string, dropVowels: boolean): string {
  const withoutH = skeleton.replace(/^k/u, '');
  const marker = dropVowels && /^[aeiouy]/u.test(withoutH) ? 'a' : '';
  const key = marker + collapseDoubles(dropVowels ? withoutH.replace(VOWEL_RUN, '') : withoutH);
  return key.length >= 3 ? key : '';
}
