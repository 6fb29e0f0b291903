import { SealedValueError, openBytes, sealBytes, type SealedParts } from './sealed.js';
import type { KeyObject } from 'node:crypto';

/**
 * A sealed file (a document scan): the same construction as a sealed value, in binary:
 *
 *     "HWF1" | key id length (1 byte) | key id | nonce (12) | tag (16) | ciphertext
 *
 * The context bound into the associated data is the file's id, so files cannot be swapped.
 */
const magic = Buffer.from('HWF1', 'latin1');

export const isSealedFile = (content: Buffer) => content.length >= magic.length && content.subarray(0, magic.length).equals(magic);

export function sealFileContent(key: KeyObject, keyId: string, plain: Buffer, fileId: string): Buffer {
  const p = sealBytes(key, keyId, plain, `file/${fileId}`);
  const id = Buffer.from(p.keyId, 'utf8');
  return Buffer.concat([magic, Buffer.from([id.length]), id, p.nonce, p.tag, p.ciphertext]);
}

export function parseSealedFile(content: Buffer): SealedParts {
  if (!isSealedFile(content)) throw new SealedValueError('format');
  const idLength = content[magic.length]!;
  const idStart = magic.length + 1;
  const nonceStart = idStart + idLength;
  const tagStart = nonceStart + 12;
  const dataStart = tagStart + 16;
  if (content.length < dataStart) throw new SealedValueError('format');
  return {
    keyId: content.subarray(idStart, nonceStart).toString('utf8'),
    nonce: content.subarray(nonceStart, tagStart),
    tag: content.subarray(tagStart, dataStart),
    ciphertext: content.subarray(dataStart),
  };
}

export const openFileContent = (key: KeyObject, parts: SealedParts, fileId: string): Buffer => openBytes(key, parts, `file/${fileId}`);
