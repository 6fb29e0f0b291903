/**
 * Which writing system a piece of text is in. Matching reads each character with the table of its
 * own script, so this is used for display decisions and explanations, not for normalising.
 */

export type Script = 'armenian' | 'cyrillic' | 'latin' | 'mixed' | 'unknown';

const ARMENIAN = /\p{Script=Armenian}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/** The script of a single character, or undefined for digits, punctuation and combining marks. */
export function scriptOf(char: string): Exclude<Script, 'mixed' | 'unknown'> | undefined {
  if (ARMENIAN.test(char)) return 'armenian';
  if (CYRILLIC.test(char)) return 'cyrillic';
  if (LATIN.test(char)) return 'latin';
  return undefined;
}

/**
 * 'mixed' when letters of more than one script occur: that is usually a homoglyph typed by
 * mistake (a Cyrillic "а" inside a Latin name), which the caller may want to flag.
 * Letters of other scripts (Georgian, Greek…) make the text 'unknown' unless one of the three
 * supported scripts is also present.
 */
export function detectScript(text: string): Script {
  const seen = new Set<Exclude<Script, 'mixed' | 'unknown'>>();
  for (const char of text) {
    const script = scriptOf(char);
    if (script) seen.add(script);
  }
  if (seen.size === 0) return 'unknown';
  if (seen.size > 1) return 'mixed';
  return [...seen][0] ?? 'unknown';
}
