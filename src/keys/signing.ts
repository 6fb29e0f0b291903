import { createHash, createPrivateKey, createPublicKey, generateKeyPairSync, sign, verify, type KeyObject } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Logger } from 'pino';
import type { Clock } from '../platform/clock.js';
import type { Store } from '../store/store.js';
import { unwrapKey, wrapKey } from './keyring.js';
import type { MasterKey } from './master.js';
import { keysStore, type KeysTables, type SigningKeyRow } from './store.js';

/** An Ed25519 public key as published: the raw 32 bytes in base64, and its id (a fingerprint). */
export interface PublicKeyInfo {
  id: string;
  publicKey: string;
  createdAt: string;
}

interface TrustedKey {
  row: SigningKeyRow;
  privateKey: KeyObject;
  publicKey: KeyObject;
}

export const rawPublicKey = (key: KeyObject) => Buffer.from(key.export({ format: 'jwk' }).x!, 'base64url');
export const publicKeyId = (raw: Buffer) => createHash('sha256').update(raw).digest('hex').slice(0, 16);

/** A row is trusted if the master key unwraps its private half and that matches its public half and id. */
function vouchedFor(master: MasterKey, row: SigningKeyRow): TrustedKey | undefined {
  if (row.master_id !== master.fingerprint) return undefined;
  try {
    const privateKey = createPrivateKey({ key: unwrapKey(master, row.wrapped, row.id), format: 'der', type: 'pkcs8' });
    const publicKey = createPublicKey(privateKey);
    const raw = rawPublicKey(publicKey);
    return raw.toString('base64') === row.public_key && publicKeyId(raw) === row.id ? { row, privateKey, publicKey } : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The server's Ed25519 key: it signs audit checkpoints now and residents' receipts later. The
 * private key is stored wrapped by the master key, so every node of a deployment signs with the
 * same key and a copy of the database alone cannot sign. Which public keys to trust is decided by
 * unwrapping, not by the table: a key row that someone without the master key added is ignored.
 */
export async function openSigner(store: Store, master: MasterKey, clock: Clock, log: Logger) {
  const db = store.db as Kysely<KeysTables>;
  const trustedOf = (rows: SigningKeyRow[]) => {
    const trusted = new Map<string, TrustedKey>();
    for (const row of rows) {
      const key = vouchedFor(master, row);
      if (key) trusted.set(row.id, key);
      else log.warn({ signingKeyId: row.id }, 'a signing key in the store is not vouched for by the master key and is ignored');
    }
    return trusted;
  };
  const currentOf = (trusted: Map<string, TrustedKey>) => [...trusted.values()].filter((k) => k.row.retired_at === null).at(-1);

  let trusted = trustedOf(await keysStore.signingKeys(db));
  if (!currentOf(trusted)) {
    await store.transaction(async (trx) => {
      await keysStore.lock(trx, store.dialect);
      if ((await keysStore.signingKeys(trx)).some((row) => row.retired_at === null && vouchedFor(master, row))) return;
      const { privateKey, publicKey } = generateKeyPairSync('ed25519');
      const raw = rawPublicKey(publicKey);
      const id = publicKeyId(raw);
      const der = privateKey.export({ format: 'der', type: 'pkcs8' });
      await (trx as Kysely<KeysTables>)
        .insertInto('signing_keys')
        .values({ id, public_key: raw.toString('base64'), wrapped: wrapKey(master, der, id), master_id: master.fingerprint, created_at: clock.now().toISOString(), retired_at: null })
        .execute();
    });
    trusted = trustedOf(await keysStore.signingKeys(db));
  }
  const current = currentOf(trusted)!;

  return {
    keyId: current.row.id,
    sign: (message: Buffer) => sign(null, message, current.privateKey),
    /** False for a bad signature and for a key this deployment's master key does not vouch for. */
    verify(keyId: string, message: Buffer, signature: Buffer): boolean {
      const key = trusted.get(keyId);
      return key !== undefined && verify(null, message, key.publicKey, signature);
    },
    publicKeys: (): PublicKeyInfo[] => [...trusted.values()].map((k) => ({ id: k.row.id, publicKey: k.row.public_key, createdAt: k.row.created_at })),
  };
}

export type Signer = Awaited<ReturnType<typeof openSigner>>;
