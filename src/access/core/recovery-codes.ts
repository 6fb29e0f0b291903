import { createHash } from 'node:crypto';

/**
 * One-time recovery codes, for a staff member who lost their phone or passkey. Each has 120 random
 * bits, so that (per NIST SP 800-63B for look-up secrets of at least 112 bits) a plain SHA-256 is
 * enough to keep them from being read out of a copy of the database. The alphabet leaves out
 * letters that look like digits (i, l, o) and 0; 32 symbols take 5 bits of a byte without bias.
 */
export const recoveryCodeCount = 10;
const alphabet = 'abcdefghjkmnpqrstuvwxyz123456789';
const length = 24;

/** One code from `length` random bytes, in groups of four: `abcd-efgh-…`. */
export function recoveryCode(random: Buffer): string {
  const chars = [...random.subarray(0, length)].map((b) => alphabet[b % alphabet.length]);
  return chars.join('').replace(/(.{4})(?!$)/g, '$1-');
}

export const recoveryCodeBytes = length;

/** What a person typed, without the separators and spaces they may or may not have kept. */
export const normaliseRecoveryCode = (typed: string) => typed.toLowerCase().replace(/[\s-]+/g, '');

export const hashRecoveryCode = (typed: string) => createHash('sha256').update(normaliseRecoveryCode(typed)).digest('hex');
