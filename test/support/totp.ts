import { createHmac } from 'node:crypto';

/**
 * An authenticator app, written from RFC 4226/6238 independently of the server's library, so
 * that the tests check the server against the standard and not against itself.
 */
const base32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';

export function decodeBase32(text: string): Buffer {
  let bits = '';
  for (const c of text.replace(/=+$/, '').toUpperCase()) bits += base32.indexOf(c).toString(2).padStart(5, '0');
  const bytes = bits.match(/.{8}/g) ?? [];
  return Buffer.from(bytes.map((b) => parseInt(b, 2)));
}

export function hotp(key: Buffer, counter: number, digits = 6, algorithm = 'sha1'): string {
  const message = Buffer.alloc(8);
  message.writeBigUInt64BE(BigInt(counter));
  const mac = createHmac(algorithm, key).update(message).digest();
  const offset = mac[mac.length - 1]! & 0x0f;
  const binary = (mac.readUInt32BE(offset) & 0x7fffffff) % 10 ** digits;
  return String(binary).padStart(digits, '0');
}

export const stepOf = (ms: number) => Math.floor(ms / 30_000);

/** The code an authenticator app shows for the time step (30 s) at `ms`, or for a given step. */
export const totpCode = (secret: string, ms: number, step = stepOf(ms)) => hotp(decodeBase32(secret), step);
