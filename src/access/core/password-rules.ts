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

/** What is left once the context words are taken out is shorter than a password may be. */
function mostlyContext(password: string, words: readonly string[], min: number): boolean {
  let rest = password;
  for (const word of words.map((w) => w.toLowerCase()).filter((w) => w.length >= 3)) rest = rest.split(word).join('');
  return rest !== password && [...rest.replace(/[\s\d\p{P}\p{S}]/gu, '')].length < min;
}
