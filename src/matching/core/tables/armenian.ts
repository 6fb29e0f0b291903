/**
 * Armenian letters → phoneme classes (the alphabet is described in ../phonemes.ts). Both modern
 * (Eastern) and classical (Western, pre-1920s) orthography are read: իւ is "yu" and a lone ւ is v
 * (so և, եւ and եվ all read "ev"); the classical -եան ending is CLASSICAL_YAN.
 */
export const ARMENIAN_PHONEMES: ReadonlyMap<string, string> = new Map([
  // digraphs first: the reader tries the longest grapheme
  ['ու', 'u'],
  ['իւ', 'yu'],
  ['ա', 'a'],
  ['բ', 'p'],
  ['գ', 'k'],
  ['դ', 't'],
  ['ե', 'e'],
  ['զ', 'z'],
  ['է', 'e'],
  ['ը', 'e'],
  ['թ', 't'],
  ['ժ', 'č'],
  ['ի', 'i'],
  ['լ', 'l'],
  ['խ', 'k'],
  ['ծ', 'ʦ'],
  ['կ', 'k'],
  ['հ', 'h'],
  ['ձ', 'ʦ'],
  ['ղ', 'k'],
  ['ճ', 'č'],
  ['մ', 'm'],
  ['յ', 'y'],
  ['ն', 'n'],
  ['շ', 'š'],
  ['ո', 'o'],
  ['չ', 'č'],
  ['պ', 'p'],
  ['ջ', 'č'],
  ['ռ', 'r'],
  ['ս', 's'],
  ['վ', 'v'],
  ['տ', 't'],
  ['ր', 'r'],
  ['ց', 'ʦ'],
  ['ւ', 'v'],
  ['փ', 'p'],
  ['ք', 'k'],
  ['օ', 'o'],
  ['ֆ', 'f'],
  ['և', 'ev'],
]);

/**
 * Classical orthography writes a word-initial h as Յ (Յակոբ = Hakob, Յովհաննէս = Hovhannes,
 * Յարութիւն = Harutyun). Modern spelling keeps an initial Յ only for foreign names, which are
 * followed by ու (Յուրի, Յուլիա); so an initial յ before ա or a bare ո is read as h.
 */
export const CLASSICAL_INITIAL_H = /^յ(?=ա|ո(?!ւ))/u;

/** Classical orthography spells the surname ending -յան/-յանց as -եան/-եանց (Պետրոսեան). */
export const CLASSICAL_YAN = /եա(?=նց?$)/u;
