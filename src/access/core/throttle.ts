/**
 * Online guessing is slowed three ways. An address guessing one account is locked out quickly and
 * for long; an account guessed at from many addresses is slowed, but never locked for more than a
 * minute, so that an attacker cannot keep a registrar out of their work; an address guessing many
 * accounts is locked out for up to an hour.
 *
 * Second-factor codes are throttled per account whatever the address: whoever reaches that step
 * already has the password, and could otherwise spread guesses of a six-digit code over many
 * addresses. Five free tries, then from 30 seconds doubling to 15 minutes, keep the chance of
 * guessing a code below one in three thousand a day, and the owner is back within 15 minutes at
 * worst (or at once with a recovery code, which has its own, separate count).
 */
export interface ThrottleRule {
  /** Failures tolerated before any lock. */
  free: number;
  /** The first lock, doubled with each further failure. */
  baseMs: number;
  capMs: number;
}

export const throttleRules = {
  accountFromAddress: { free: 5, baseMs: 30_000, capMs: 15 * 60_000 },
  account: { free: 20, baseMs: 5_000, capMs: 60_000 },
  address: { free: 30, baseMs: 60_000, capMs: 60 * 60_000 },
  secondFactor: { free: 5, baseMs: 30_000, capMs: 15 * 60_000 },
  recoveryCode: { free: 5, baseMs: 30_000, capMs: 15 * 60_000 },
} satisfies Record<string, ThrottleRule>;

/** Failures older than this are forgotten. */
export const throttleMemoryMs = 60 * 60_000;

export function lockDuration(failures: number, rule: ThrottleRule): number {
  if (failures <= rule.free) return 0;
  const doublings = Math.min(failures - rule.free - 1, 30);
  return Math.min(rule.baseMs * 2 ** doublings, rule.capMs);
}
