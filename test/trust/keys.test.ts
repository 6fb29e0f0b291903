import { generateKeyPairSync, randomBytes, sign } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { wrapKey } from '../../src/keys/keyring.js';
import { fingerprintOf, masterKeyFrom } from '../../src/keys/master.js';
import { publicKeyId, rawPublicKey } from '../../src/keys/signing.js';
import { openTestRuntime } from '../support/runtime.js';
import { createTestStore, storeKinds, type TestStore } from '../support/stores.js';

describe.each(storeKinds)('keys (%s)', (kind) => {
  let store: TestStore;
  beforeAll(async () => {
    store = await createTestStore(kind);
  });
  afterAll(() => store?.drop());

  const keyFile = () => path.join(store.dataDir, 'keys', 'master.key');

  it('generates the embedded master key on first start, readable by its owner only, and logs where — never the key', async () => {
    const { runtime, logs } = await openTestRuntime(store);
    await runtime.close();
    const stat = fs.statSync(keyFile());
    expect(stat.mode & 0o777).toBe(0o600);
    const key = fs.readFileSync(keyFile(), 'utf8').trim();
    expect(Buffer.from(key, 'base64')).toHaveLength(32);
    const said = logs.filter((l) => l.includes('generated a new master key'));
    expect(said).toHaveLength(1);
    expect(said[0]).toContain(keyFile());
    expect(logs.join('\n')).not.toContain(key);
  });

  it('keeps every data key and the signing key only wrapped: the rows hold no key bytes a copy could use', async () => {
    const { runtime } = await openTestRuntime(store);
    try {
      const { db } = runtime.deps.store;
      const dataKeys = await db.selectFrom('data_keys').selectAll().execute();
      expect(dataKeys.map((k) => k.id).sort()).toEqual(['disability/1', 'documents/1', 'health/1', 'staff-credentials/1', 'vulnerable-location/1']);
      const master = fingerprintOf(Buffer.from(fs.readFileSync(keyFile(), 'utf8'), 'base64'));
      for (const k of dataKeys) {
        expect(k.master_id).toBe(master);
        expect(k.wrapped).toMatch(new RegExp(`^hw1\\.master/${master}\\.`));
      }
      const signing = await db.selectFrom('signing_keys').selectAll().execute();
      expect(signing).toHaveLength(1);
      expect(signing[0]!.wrapped).toMatch(/^hw1\.master\//);
    } finally {
      await runtime.close();
    }
  });

  it('opens on a second start what the first sealed, with the same master key file', async () => {
    const first = await openTestRuntime(store);
    const sealed = first.runtime.deps.keys.seal('health', 'asthma', 'ctx');
    const signature = first.runtime.deps.keys.signer.sign(Buffer.from('checkpoint'));
    await first.runtime.close();
    const second = await openTestRuntime(store);
    try {
      const { keys } = second.runtime.deps;
      expect((await keys.open(sealed, 'ctx')).toString()).toBe('asthma');
      expect(keys.signer.verify(keys.signer.keyId, Buffer.from('checkpoint'), signature)).toBe(true);
      expect(keys.signer.verify(keys.signer.keyId, Buffer.from('checkpoinT'), signature)).toBe(false);
    } finally {
      await second.runtime.close();
    }
  });

  it('refuses to start with another master key, naming both fingerprints', async () => {
    const other = randomBytes(32);
    await expect(openTestRuntime(store, { HOMEWARD_MASTER_KEY: other.toString('base64') })).rejects.toThrow(
      new RegExp(`wrapped by master key [0-9a-f]{16}, but this process holds master key ${fingerprintOf(other)}`),
    );
  });

  it('refuses a master key of the wrong length, and a key file that does not exist', async () => {
    await expect(openTestRuntime(store, { HOMEWARD_MASTER_KEY: randomBytes(16).toString('base64') })).rejects.toThrow(/must hold 32 bytes/);
    await expect(openTestRuntime(store, { HOMEWARD_MASTER_KEY_FILE: path.join(store.dataDir, 'absent.key') })).rejects.toThrow(/does not exist/);
  });

  it('does not trust a signing key that the master key did not wrap (one added to the table by someone else)', async () => {
    const { privateKey, publicKey } = generateKeyPairSync('ed25519');
    const raw = rawPublicKey(publicKey);
    const id = publicKeyId(raw);
    const forger = masterKeyFrom(randomBytes(32), 'environment');
    const { runtime: before } = await openTestRuntime(store);
    await before.deps.store.transaction((trx) =>
      trx
        .insertInto('signing_keys')
        .values({ id, public_key: raw.toString('base64'), wrapped: wrapKey(forger, privateKey.export({ format: 'der', type: 'pkcs8' }), id), master_id: before.deps.keys.master.fingerprint, created_at: '2026-01-01T00:00:00.000Z', retired_at: null })
        .execute(),
    );
    await before.close();

    const { runtime, logs } = await openTestRuntime(store);
    try {
      const { signer } = runtime.deps.keys;
      expect(signer.keyId).not.toBe(id);
      expect(signer.publicKeys().map((k) => k.id)).not.toContain(id);
      expect(signer.verify(id, Buffer.from('x'), sign(null, Buffer.from('x'), privateKey))).toBe(false);
      expect(logs.some((l) => l.includes('not vouched for by the master key') && l.includes(id))).toBe(true);
    } finally {
      await runtime.close();
    }
  });
});

describe('a master key from the environment', () => {
  it('is used as given and no key file is written', async () => {
    const store = await createTestStore('sqlite');
    try {
      const key = randomBytes(32).toString('base64');
      const { runtime, logs } = await openTestRuntime(store, { HOMEWARD_MASTER_KEY: key });
      expect(runtime.deps.keys.master).toMatchObject({ source: 'environment', fingerprint: fingerprintOf(Buffer.from(key, 'base64')) });
      await runtime.close();
      expect(fs.existsSync(path.join(store.dataDir, 'keys'))).toBe(false);
      expect(logs.join('\n')).not.toContain(key);
    } finally {
      await store.drop();
    }
  });
});
