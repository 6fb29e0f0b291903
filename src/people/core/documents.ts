/**
 * Identity documents residents bring (formats in reference/identifiers.csv). The number is kept
 * exactly as typed, and a normalised copy is used to compare and search. Where the published
 * format is certain, a number that does not fit is refused; where it is not (low confidence, or
 * free-text documents), the number is accepted and marked as not fitting the format.
 */
export const documentTypes = [
  'az-fin',
  'az-id-card',
  'az-passport',
  'az-tax-id',
  'am-passport',
  'am-id-card',
  'am-public-services-number',
  'ussr-passport',
  'nk-passport',
  'certificate',
  'other',
] as const;
export type DocumentType = (typeof documentTypes)[number];

type Strictness = 'strict' | 'lenient' | 'free';

interface Format {
  pattern?: RegExp;
  strictness: Strictness;
  /** The letters of this number are Cyrillic (Soviet series), not Latin. */
  cyrillicLetters?: boolean;
}

const formats: Record<DocumentType, Format> = {
  'az-fin': { pattern: /^[0-9A-HJ-NP-Z]{7}$/, strictness: 'strict' },
  'az-id-card': { pattern: /^(AZE\d{8}|[A-Z]{2}\d{7})$/, strictness: 'strict' },
  'az-passport': { pattern: /^[A-Z]{1,3}\d{7,8}$/, strictness: 'lenient' },
  'az-tax-id': { pattern: /^\d{9}[12]$/, strictness: 'strict' },
  'am-passport': { pattern: /^[A-Z]{2}\d{7}$/, strictness: 'strict' },
  'am-id-card': { pattern: /^[0-9A-Z]{6,12}$/, strictness: 'lenient' },
  'am-public-services-number': { pattern: /^\d{10}$/, strictness: 'strict' },
  'ussr-passport': { pattern: /^[IVXLC]{1,6}-[А-ЯЁ]{2}\d{6}$/, strictness: 'strict', cyrillicLetters: true },
  'nk-passport': { strictness: 'free' },
  certificate: { strictness: 'free', cyrillicLetters: true },
  other: { strictness: 'free' },
};

// Letters that look the same in both alphabets; a number typed on the wrong keyboard layout
// must still be the same number.
const cyrillicToLatin: Record<string, string> = {
  А: 'A', В: 'B', Е: 'E', К: 'K', М: 'M', Н: 'H', О: 'O', Р: 'P', С: 'C', Т: 'T', У: 'Y', Х: 'X', І: 'I', Ј: 'J', Ѕ: 'S',
};
const latinToCyrillic: Record<string, string> = Object.fromEntries(Object.entries(cyrillicToLatin).map(([c, l]) => [l, c]));

export interface NormalisedDocument {
  normalised: string;
  /** Whether the normalised number fits the document's published format. */
  formatOk: boolean;
  /** A number that breaks a certain format is refused. */
  refused: boolean;
}

export function normaliseDocumentNumber(type: DocumentType, raw: string): NormalisedDocument {
  const format = formats[type];
  // "№" goes before NFKC, which would turn it into the letters "No".
  const upper = raw.replace(/№/g, ' ').normalize('NFKC').toUpperCase().replace(/[\s.\-–—/#]+/g, '');
  let normalised: string;
  if (type === 'ussr-passport') {
    // Roman numeral (Latin) + two Cyrillic series letters + six digits: "XIV-АЖ № 123456".
    const m = /^([IVXLCІХС]{1,6})([A-ZА-ЯЁ]{2})(\d{6})$/u.exec(upper);
    normalised = m
      ? `${fold(m[1]!, cyrillicToLatin)}-${fold(m[2]!, latinToCyrillic)}${m[3]}`
      : upper;
  } else {
    normalised = fold(upper, format.cyrillicLetters ? latinToCyrillic : cyrillicToLatin);
  }
  const formatOk = format.pattern ? format.pattern.test(normalised) : true;
  return { normalised, formatOk, refused: !formatOk && format.strictness === 'strict' };
}

const fold = (s: string, table: Record<string, string>) => [...s].map((ch) => table[ch] ?? ch).join('');
