import type { FieldError } from '../../platform/problem.js';
import { commonPasswords, isTrivial } from './common-passwords.js';

/**
 * NIST SP 800-63B: length is what matters; no composition rules, no periodic change; refuse
 * passwords from a blocklist of common and breached ones, and those made of words of the context
 * (the user name, the name of the service). Every staff account has a second factor before it can
 * choose a password, so the minimum is the multi-factor one; the single-factor one applies to an
 * account without a factor. Any character counts, spaces included; length is counted in
 * characters after NFC normalisation, so an accented letter typed either way counts once.
 */
export const passwordLimits = { minSingleFactor: 15, minWithMfa: 8, max: 256 } as const;

/** The service's own names, which no password may be made of. */
const serviceWords = ['homeward'];

export function checkPassword(password: string, pointer: string, hasSecondFactor = false, context: readonly string[] = []): FieldError[] {
  const min = hasSecondFactor ? passwordLimits.minWithMfa : passwordLimits.minSingleFactor;
  const normalised = password.normalize('NFC');
  const length = [...normalised].length;
  if (length < min) return [{ pointer, rule: 'password.too-short', params: { min } }];
  if (length > passwordLimits.max) return [{ pointer, rule: 'too-long', params: { max: passwordLimits.max } }];
  const folded = password.toLowerCase().replace(/[\s\d!@#$%^&*._-]+$/u, '');
  if (commonPasswords.has(password.toLowerCase()) || commonPasswords.has(folded) || isTrivial(password)) return [{ pointer, rule: 'password.common' }];
  if (mostlyContext(normalised.toLowerCase(), [...serviceWords, ...context], min)) return [{ pointer, rule: 'password.context' }];
  return [];
}

/**
 * The letters not covered by any context word (wherever each occurs, overlaps included) are
 * fewer than a password may have: "Narek.Avetisyan.1990" for Narek Avetisyan, "homeward2026".
 */
function mostlyContext(password: string, words: readonly string[], min: number): boolean {
  const chars = [...password];
  const covered = chars.map(() => false);
  for (const word of new Set(words.map((w) => w.toLowerCase()).filter((w) => [...w].length >= 3))) {
    const w = [...word];
    for (let i = 0; i + w.length <= chars.length; i++) {
      if (w.every((c, j) => chars[i + j] === c)) for (let j = 0; j < w.length; j++) covered[i + j] = true;
    }
  }
  if (!covered.includes(true)) return false;
  return chars.filter((c, i) => !covered[i] && /\p{L}/u.test(c)).length < min;
}
