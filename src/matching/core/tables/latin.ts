/**
 * Latin graphemes → phoneme classes (the alphabet is described in ../phonemes.ts) for every
 * romanisation in NAMES.md: BGN/PCGN, ISO 9985, passport style, ICAO Doc 9303, Western/diaspora,
 * German/Scandinavian, Azerbaijani Latin. Precomposed letters are listed before diacritics are
 * stripped, because ş ç ğ carry a different sound from s c g.
 */
export const LATIN_PHONEMES: ReadonlyMap<string, string> = new Map([
  ['tsch', 'č'], // German: Tschachatrjan
  ['dzh', 'č'], // Russian BGN: Dzhangiryan
  ['sch', 'š'], // German: Schahinjan
  ['tch', 'č'], // Western: Khatchadourian
  ['zh', 'č'],
  ['ch', 'č'],
  ['sh', 'š'],
  ['kh', 'k'],
  ['gh', 'k'],
  ['ts', 'ʦ'],
  ['tz', 'ʦ'],
  ['dz', 'ʦ'],
  ['dj', 'č'], // French-style Djivan
  ['dž', 'č'],
  ['th', 't'], // aspirate written with h (Thoros)
  ['ph', 'p'],
  ['ck', 'k'],
  ['ou', 'u'], // Western/French: Bedrosian, Khatchadourian
  ['ow', 'u'], // ISO 9985: ու = ow
  ['a', 'a'],
  ['ä', 'e'], // BGN allows ä for ə
  ['b', 'p'],
  ['č', 'č'],
  ['d', 't'],
  ['e', 'e'],
  ['ə', 'e'],
  ['ë', 'e'], // ISO ը
  ['ē', 'e'], // ISO է
  ['f', 'f'],
  ['g', 'k'],
  ['ğ', 'k'],
  ['ġ', 'k'], // ISO ղ
  ['h', 'h'],
  ['i', 'i'],
  ['ı', 'i'],
  ['ǰ', 'č'], // ISO ջ
  ['k', 'k'],
  ['l', 'l'],
  ['m', 'm'],
  ['n', 'n'],
  ['o', 'o'],
  ['ö', 'o'],
  ['p', 'p'],
  ['q', 'k'],
  ['r', 'r'],
  ['s', 's'],
  ['ş', 'š'],
  ['š', 'š'],
  ['t', 't'],
  ['u', 'u'],
  ['ü', 'u'],
  ['v', 'v'],
  ['w', 'v'], // ISO ւ, German w
  ['x', 'k'], // Azerbaijani and ISO x = kh
  ['y', 'y'],
  ['z', 'z'],
  ['ž', 'č'],
  ['ʦ', 'ʦ'],
]);

/**
 * Letters whose sound depends on the romanisation. ISO 9985 writes ծ as ç, ց as c and ձ as j;
 * Azerbaijani Latin writes ç for ch, c for j (Cangiryan) and j for zh; English-like spellings write
 * c before a consonant or at the end for k (Victor, Eric).
 */
export type LatinFlavour = 'iso' | 'common';

export const ISO_OVERRIDES: ReadonlyMap<string, string> = new Map([
  ['c', 'ʦ'],
  ['ç', 'ʦ'],
  ['j', 'ʦ'],
]);

export const COMMON_OVERRIDES: ReadonlyMap<string, string> = new Map([
  ['ç', 'č'],
  ['j', 'č'],
]);

/** Marks found only in ISO 9985 text (U+0315 comma above right, ṙ ġ ē ë ò ō ǰ, the ow digraph). */
const ISO_HINTS = /[\u0315\u1E59\u0121\u0113\u00EB\u00F2\u014D\u01F0]|ow/u;
/** Letters found only in Azerbaijani Latin: an Azerbaijani clerk never uses ISO 9985. */
const AZERBAIJANI_HINTS = /[əğışöüq]/u;

export function latinFlavour(word: string): LatinFlavour {
  return ISO_HINTS.test(word) && !AZERBAIJANI_HINTS.test(word) ? 'iso' : 'common';
}
