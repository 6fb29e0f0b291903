/**
 * Online guessing is slowed three ways. An address guessing one account is locked out quickly and
 * for long; an account guessed at from many addresses is slowed, but never locked for more than a
 * minute, so that an attacker cannot keep a registrar out of their work; an address guessing many
 * accounts is locked out for up to an hour.
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
} satisfies Record<string, ThrottleRule>;

/** Failures older than this are forgotten. */
export const throttleMemoryMs = 60 * 60_000;

export function lockDuration(failures: number, rule: ThrottleRule): number {
  if (failures <= rule.free) return 0;
  const doublings = Math.min(failures - rule.free - 1, 30);
  return Math.min(rule.baseMs * 2 ** doublings, rule.capMs);
}
