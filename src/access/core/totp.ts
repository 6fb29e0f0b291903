import { timingSafeEqual } from 'node:crypto';
import { HOTP, Secret, TOTP } from 'otpauth';

/**
 * RFC 6238 time-based one-time passwords, with the parameters every authenticator app supports
 * (HMAC-SHA1, 6 digits, 30-second steps). A code is accepted one step either side of now, for
 * clocks that drift and people who type slowly, and only for a step later than the last one
 * accepted, so that a code seen over someone's shoulder cannot be used again.
 */
export const totpParameters = { algorithm: 'SHA1', digits: 6, period: 30, window: 1 } as const;

export const issuer = 'Homeward';

/** A new secret from 20 random bytes (160 bits, as RFC 4226 recommends), in base32. */
export const totpSecret = (random: Buffer): string => new Secret({ buffer: Uint8Array.from(random).buffer }).base32;

/** The otpauth:// URI an authenticator app reads from a QR code. */
export function totpUri(secret: string, account: string): string {
  return new TOTP({ issuer, label: account, secret: Secret.fromBase32(secret), ...totpParameters }).toString();
}

export const stepAt = (ms: number) => Math.floor(ms / 1000 / totpParameters.period);

/** The time step whose code this is, if it is one of the steps allowed now and later than `after`. */
export function matchingStep(secret: string, code: string, nowMs: number, after: number | null): number | undefined {
  const key = Secret.fromBase32(secret);
  const given = Buffer.from(code);
  const now = stepAt(nowMs);
  // Newest first: with two candidates, the later step leaves fewer codes open to replay.
  for (let step = now + totpParameters.window; step >= now - totpParameters.window; step--) {
    if (after !== null && step <= after) break;
    const expected = Buffer.from(HOTP.generate({ secret: key, counter: step, algorithm: totpParameters.algorithm, digits: totpParameters.digits }));
    if (expected.length === given.length && timingSafeEqual(expected, given)) return step;
  }
  return undefined;
}
