/**
 * Folds a place name for search: Unicode-normalised, marks stripped, lower-cased with the
 * Azerbaijani dotted/dotless i handled explicitly (String.prototype.toLowerCase turns İ into i
 * plus a combining dot), ə and other letters with no ASCII twin mapped to their usual fallback.
 */
const special: Record<string, string> = { 'İ': 'i', 'I': 'i', 'ı': 'i', 'ə': 'e', 'Ə': 'e', 'ß': 'ss', 'ё': 'е', 'Ё': 'е' };

export function foldPlaceName(text: string): string {
  return [...text.normalize('NFKC')]
    .map((ch) => special[ch] ?? ch)
    .join('')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[\s\-‐–—'’ʼ`.,()]+/gu, ' ')
    .trim();
}
