import type { FieldError } from '../../platform/problem.js';
import { commonPasswords, isTrivial } from './common-passwords.js';

/**
 * NIST SP 800-63B: length is what matters; no composition rules, no periodic change; refuse
 * passwords from a blocklist of common and breached ones. Until staff have a second factor, the
 * minimum is the single-factor one (15 characters).
 */
export const passwordLimits = { minSingleFactor: 15, minWithMfa: 8, max: 256 } as const;

export function checkPassword(password: string, pointer: string, hasSecondFactor = false): FieldError[] {
  const min = hasSecondFactor ? passwordLimits.minWithMfa : passwordLimits.minSingleFactor;
  const length = [...password.normalize('NFC')].length;
  if (length < min) return [{ pointer, rule: 'password.too-short', params: { min } }];
  if (length > passwordLimits.max) return [{ pointer, rule: 'too-long', params: { max: passwordLimits.max } }];
  const folded = password.toLowerCase().replace(/[\s\d!@#$%^&*._-]+$/u, '');
  if (commonPasswords.has(password.toLowerCase()) || commonPasswords.has(folded) || isTrivial(password)) return [{ pointer, rule: 'password.common' }];
  return [];
}
