/**
 * Low-level text hygiene shared by every normaliser: Unicode composition, case folding that is
 * safe for Azerbaijani, and removal of characters that never carry a sound in a name.
 */

/**
 * Apostrophe-like marks people type in names: ASCII ', U+2019 (BGN/PCGN aspirate), U+02BC (ʼ),
 * backtick, acute, Armenian apostrophe and emphasis marks. None of them changes who a person is.
 */
const APOSTROPHES = /['`\u00B4\u02B9\u02BB\u02BC\u02BE\u02BF\u2018\u2019\u055A\u055B\u055C\u055E]/g;

/**
 * Lower-cases without the root-locale trap: 'İ'.toLowerCase() is "i" + U+0307 (two code units),
 * so İ is mapped to i first. Dotless ı stays ı here; the Latin reader treats it as i.
 */
export function foldCase(text: string): string {
  return text.normalize('NFC').replace(/\u0130/g, 'i').toLowerCase();
}

/** Removes apostrophes and aspiration marks (they are spelling conventions, not letters). */
export function stripApostrophes(text: string): string {
  return text.replace(APOSTROPHES, '');
}

/** Canonical form for comparing names "as typed": NFC, safe case fold, single spaces. */
export function asTyped(text: string): string {
  return foldCase(text).replace(/[\s\u00A0]+/g, ' ').trim();
}

/**
 * Splits on anything that is neither a letter nor a combining mark (spaces, hyphens, dots,
 * digits). Apostrophes go first: Step’anakert is one word.
 */
export function words(text: string): string[] {
  return stripApostrophes(text)
    .split(/[^\p{L}\p{M}]+/u)
    .filter((w) => w.length > 0);
}

/** Base letter of a character with its diacritics removed (NFD, then drop \p{M}). */
export function baseLetter(char: string): string {
  return char.normalize('NFD').replace(/\p{M}/gu, '');
}
