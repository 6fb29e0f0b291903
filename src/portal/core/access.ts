import type { ThrottleRule } from '../../access/core/throttle.js';

/**
 * How a resident gets into their application: a six-digit code sent to the phone or e-mail on
 * file, good once, for ten minutes, for at most five tries; then a session of their own, bound to
 * that one application, short-lived because it may be on a shared or borrowed phone.
 */
export const accessPolicy = {
  codeDigits: 6,
  codeTtlMs: 10 * 60_000,
  codeTries: 5,
  sessionIdleMs: 15 * 60_000,
  sessionAbsoluteMs: 60 * 60_000,
};

/**
 * Every request counts, matched or not, so that being throttled says nothing about whether a
 * reference exists. An address may ask for a few codes an hour, a reference for fewer (its owner
 * needs one or two); wrong codes from one address lock it out quickly.
 */
export const portalThrottle = {
  window: 60 * 60_000,
  codeRequestsFromAddress: { free: 10, baseMs: 60_000, capMs: 60 * 60_000 },
  codeRequestsForReference: { free: 5, baseMs: 5 * 60_000, capMs: 60 * 60_000 },
  codeTriesFromAddress: { free: 10, baseMs: 60_000, capMs: 60 * 60_000 },
  applicationsFromAddress: { free: 20, baseMs: 60_000, capMs: 60 * 60_000 },
} satisfies Record<string, ThrottleRule | number>;

/** A uniformly drawn code of `digits` digits from random bytes (rejection sampling, no modulo bias). */
export function drawCode(randomBytes: (n: number) => Uint8Array, digits = accessPolicy.codeDigits): string {
  let code = '';
  while (code.length < digits) {
    for (const b of randomBytes(digits * 2)) if (b < 250 && code.length < digits) code += String(b % 10);
  }
  return code;
}

/** A typed code as digits only: people type spaces and dashes, and phones offer other digits. */
export function normaliseCode(typed: string): string {
  return typed.normalize('NFKC').replace(/[\s-]/g, '');
}
