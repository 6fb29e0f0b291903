/**
 * Document numbers are compared after one canonical spelling: upper case, no separators, and
 * Cyrillic/Greek letters that look like Latin ones folded to Latin (an АК0123456 typed with a
 * Cyrillic А is the same passport). Letters with no Latin look-alike (Ж in a Soviet series) stay.
 * The raw input must still be stored; this is only a comparison key.
 */

const HOMOGLYPHS: ReadonlyMap<string, string> = new Map(
  [
    // Cyrillic capitals that look like Latin capitals
    ['А', 'A'], ['В', 'B'], ['Е', 'E'], ['К', 'K'], ['М', 'M'], ['Н', 'H'], ['О', 'O'], ['Р', 'P'],
    ['С', 'C'], ['Т', 'T'], ['У', 'Y'], ['Х', 'X'], ['І', 'I'], ['Ј', 'J'], ['Ѕ', 'S'], ['Ԛ', 'Q'],
    ['Ԝ', 'W'], ['Ү', 'Y'],
    // Greek capitals, in case a keyboard layout produced them
    ['Α', 'A'], ['Β', 'B'], ['Ε', 'E'], ['Ζ', 'Z'], ['Η', 'H'], ['Ι', 'I'], ['Κ', 'K'], ['Μ', 'M'],
    ['Ν', 'N'], ['Ο', 'O'], ['Ρ', 'P'], ['Τ', 'T'], ['Υ', 'Y'], ['Χ', 'X'],
  ] as const,
);

/** Spaces, dashes of every width, dots, slashes and the numero sign of Soviet passports. */
const SEPARATORS = /[\s\u00A0\-\u2010-\u2015\u2212./\\№#]/gu;

/**
 * Where a format (reference/identifiers.csv) allows only digits, a letter O there is a zero and
 * a letter I is a one. Nothing is folded in a number that matches no such format.
 */
const DIGIT_FOLDS: readonly { format: RegExp; digitsFrom: number }[] = [
  { format: /^[A-Z]{2}[0-9OI]{7}$/u, digitsFrom: 2 }, // AM passport, AZ e-ID: two letters + 7 digits
  { format: /^AZE[0-9OI]{8}$/u, digitsFrom: 3 }, // AZ ID card before 2018
  { format: /^[0-9OI]{10}$/u, digitsFrom: 0 }, // AM public services number
];

/** AZ FIN: 7 characters from 0-9 and A-Z without I and O, so I and O can only be 1 and 0. */
const FIN = /^[0-9A-Z]{7}$/u;

function toDigits(s: string): string {
  return s.replace(/O/gu, '0').replace(/I/gu, '1');
}

function foldDigits(value: string): string {
  for (const { format, digitsFrom } of DIGIT_FOLDS) {
    if (format.test(value)) return value.slice(0, digitsFrom) + toDigits(value.slice(digitsFrom));
  }
  return FIN.test(value) && /\d/u.test(value) ? toDigits(value) : value;
}

export function normaliseDocumentNumber(raw: string): string {
  // № must go before NFKC, which would spell it "No".
  const upper = raw.replace(SEPARATORS, '').normalize('NFKC').replace(SEPARATORS, '').toUpperCase();
  let folded = '';
  for (const char of upper) folded += HOMOGLYPHS.get(char) ?? char;
  return foldDigits(folded);
}
