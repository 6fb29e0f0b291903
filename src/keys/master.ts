import { createHmac, createSecretKey, randomBytes, type KeyObject } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Logger } from 'pino';

/** The key that wraps every data key and the signing key; it never enters the database. */
export interface MasterKey {
  key: KeyObject;
  /** Names the key in the store (which master wrapped what) without revealing it. */
  fingerprint: string;
  /** Where it came from: the environment, a file named by the operator, or the embedded default. */
  source: 'environment' | 'file' | 'embedded';
  file?: string;
}

export interface MasterKeySource {
  /** HOMEWARD_MASTER_KEY: 32 bytes in base64. */
  base64?: string;
  /** HOMEWARD_MASTER_KEY_FILE: a file holding 32 bytes in base64. */
  file?: string;
  /** Where the embedded default keeps a key it generated itself (<data dir>/keys/master.key). */
  embeddedFile: string;
}

export class MasterKeyError extends Error {}

export function fingerprintOf(raw: Buffer): string {
  return createHmac('sha256', raw).update('homeward master key fingerprint v1').digest('hex').slice(0, 16);
}

export function decodeMasterKey(text: string, where: string): Buffer {
  const raw = Buffer.from(text.trim(), 'base64');
  if (raw.length !== 32) throw new MasterKeyError(`${where} must hold 32 bytes in base64 (got ${raw.length} bytes)`);
  return raw;
}

export function masterKeyFrom(raw: Buffer, source: MasterKey['source'], file?: string): MasterKey {
  return { key: createSecretKey(raw), fingerprint: fingerprintOf(raw), source, ...(file ? { file } : {}) };
}

/**
 * Writes a new random key as base64 to a file only its owner can read; fails with EEXIST if the
 * file exists. The key is written in full under a temporary name and then linked into place, so
 * that a process starting at the same moment never reads half a key.
 */
export function writeNewKeyFile(file: string): Buffer {
  fs.mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
  const raw = randomBytes(32);
  const temp = `${file}.${randomBytes(6).toString('hex')}.tmp`;
  fs.writeFileSync(temp, `${raw.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
  try {
    fs.linkSync(temp, file);
  } finally {
    fs.rmSync(temp, { force: true });
  }
  return raw;
}

/**
 * The master key, from the environment, from the operator's file or — for the embedded default,
 * which must start with nothing but `npm start` — from <data dir>/keys/master.key, generated on
 * first start. Its place is logged so that it gets backed up apart from the database; the key
 * itself never is.
 */
export function loadMasterKey(source: MasterKeySource, log: Logger): MasterKey {
  if (source.base64) return masterKeyFrom(decodeMasterKey(source.base64, 'HOMEWARD_MASTER_KEY'), 'environment');
  if (source.file) {
    if (!fs.existsSync(source.file)) throw new MasterKeyError(`HOMEWARD_MASTER_KEY_FILE names ${source.file}, which does not exist`);
    return masterKeyFrom(decodeMasterKey(fs.readFileSync(source.file, 'utf8'), source.file), 'file', source.file);
  }
  const file = source.embeddedFile;
  try {
    const raw = writeNewKeyFile(file);
    log.warn(
      { file },
      'generated a new master key for the special categories and the audit signing key; back this file up apart from the database (without it nothing encrypted can be read), or supply HOMEWARD_MASTER_KEY_FILE in production',
    );
    return masterKeyFrom(raw, 'embedded', file);
  } catch (e) {
    // Another process generated it first, or it was there already.
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  return masterKeyFrom(decodeMasterKey(fs.readFileSync(file, 'utf8'), file), 'embedded', file);
}
