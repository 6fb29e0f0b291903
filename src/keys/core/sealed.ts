import { createCipheriv, createDecipheriv, randomBytes, type KeyObject } from 'node:crypto';

/**
 * A sealed value, as stored in a text column on both stores:
 *
 *     hw1.<key id>.<nonce>.<ciphertext>.<tag>        (nonce, ciphertext and tag in base64url)
 *
 * AES-256-GCM with a random 96-bit nonce. The associated data is the header (format and key id)
 * and the value's context — table, column and row — so a ciphertext copied into another row or
 * field, or relabelled with another key id, fails to open instead of showing the wrong person's
 * data. Plaintexts are padded to a multiple of 32 bytes, so a ciphertext's length tells little
 * about what it holds (an empty list of conditions looks like a short one).
 */
export const sealedFormat = 'hw1';
const nonceBytes = 12;
const tagBytes = 16;
const block = 32;

/** A value that cannot be opened: malformed, sealed under a key this deployment lacks, or altered or moved. */
export class SealedValueError extends Error {
  /** Logged with the error (logs carry codes, never values). */
  readonly code: string;
  constructor(readonly reason: 'format' | 'unknown-key' | 'authentication') {
    super(`sealed value: ${reason}`);
    this.code = `sealed-${reason}`;
  }
}

export interface SealedParts {
  keyId: string;
  nonce: Buffer;
  ciphertext: Buffer;
  tag: Buffer;
}

const aadOf = (keyId: string, context: string) => Buffer.from(`${sealedFormat}.${keyId}|${context}`, 'utf8');

/** ISO/IEC 7816-4 padding: 0x80 then zeros up to the block size. */
function pad(plain: Buffer): Buffer {
  const length = (Math.floor(plain.length / block) + 1) * block;
  const out = Buffer.alloc(length);
  plain.copy(out);
  out[plain.length] = 0x80;
  return out;
}

function unpad(padded: Buffer): Buffer {
  let end = padded.length - 1;
  while (end >= 0 && padded[end] === 0) end--;
  if (end < 0 || padded[end] !== 0x80) throw new SealedValueError('format');
  return padded.subarray(0, end);
}

export function sealBytes(key: KeyObject, keyId: string, plain: Buffer, context: string): SealedParts {
  const nonce = randomBytes(nonceBytes);
  const cipher = createCipheriv('aes-256-gcm', key, nonce);
  cipher.setAAD(aadOf(keyId, context));
  const ciphertext = Buffer.concat([cipher.update(pad(plain)), cipher.final()]);
  return { keyId, nonce, ciphertext, tag: cipher.getAuthTag() };
}

export function openBytes(key: KeyObject, parts: SealedParts, context: string): Buffer {
  const decipher = createDecipheriv('aes-256-gcm', key, parts.nonce, { authTagLength: tagBytes });
  decipher.setAAD(aadOf(parts.keyId, context));
  decipher.setAuthTag(parts.tag);
  try {
    return unpad(Buffer.concat([decipher.update(parts.ciphertext), decipher.final()]));
  } catch (e) {
    if (e instanceof SealedValueError) throw e;
    throw new SealedValueError('authentication');
  }
}

export function formatSealed(p: SealedParts): string {
  return [sealedFormat, p.keyId, p.nonce.toString('base64url'), p.ciphertext.toString('base64url'), p.tag.toString('base64url')].join('.');
}

export function parseSealed(text: string): SealedParts {
  const parts = text.split('.');
  if (parts.length !== 5 || parts[0] !== sealedFormat || !parts[1]) throw new SealedValueError('format');
  const nonce = Buffer.from(parts[2]!, 'base64url');
  const tag = Buffer.from(parts[4]!, 'base64url');
  if (nonce.length !== nonceBytes || tag.length !== tagBytes) throw new SealedValueError('format');
  return { keyId: parts[1], nonce, ciphertext: Buffer.from(parts[3]!, 'base64url'), tag };
}

/** The key id a sealed value names, without opening it (rotation finds what still needs re-sealing). */
export const sealedKeyId = (text: string): string => parseSealed(text).keyId;
