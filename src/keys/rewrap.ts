import fs from 'node:fs';
import { randomBytes } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { AuditService } from '../audit/service.js';
import type { Deps } from '../context.js';
import { systemActor } from '../platform/actor.js';
import { unwrapKey, wrapKey } from './keyring.js';
import { decodeMasterKey, masterKeyFrom, writeNewKeyFile } from './master.js';
import { keysStore, type KeysTables } from './store.js';

export interface RewrapResult {
  from: string;
  to: string;
  keys: number;
  /** Whether the embedded key file now holds the new key (else the operator must configure it). */
  replacedEmbedded: boolean;
}

/**
 * Re-wraps every data key and the signing key under a new master key, in one transaction: the
 * data itself is not touched. The new key comes from a file (created with a random key if it does
 * not exist). With the embedded default the new key then replaces <data dir>/keys/master.key;
 * otherwise every node must be restarted with the new key, and the old one can be destroyed.
 * Nodes still running keep the keys they hold and warn that they need the new master key.
 */
export async function rewrapMasterKey({ store, keys }: Deps, audit: AuditService, newKeyFile: string): Promise<RewrapResult> {
  const current = keys.keyring.master;
  const raw = fs.existsSync(newKeyFile) ? decodeMasterKey(fs.readFileSync(newKeyFile, 'utf8'), newKeyFile) : writeNewKeyFile(newKeyFile);
  const next = masterKeyFrom(raw, 'file', newKeyFile);
  if (next.fingerprint === current.fingerprint) throw new Error('the new master key is the current one');
  const count = await store.transaction(async (trx) => {
    const t = trx as Kysely<KeysTables>;
    await keysStore.lock(trx, store.dialect);
    let n = 0;
    for (const k of await keysStore.dataKeys(t)) {
      if (k.wrapped === null) continue;
      const wrapped = wrapKey(next, unwrapKey(current, k.wrapped, k.id), k.id);
      await t.updateTable('data_keys').set({ wrapped, master_id: next.fingerprint }).where('id', '=', k.id).execute();
      n++;
    }
    for (const k of await keysStore.signingKeys(t)) {
      const wrapped = wrapKey(next, unwrapKey(current, k.wrapped, k.id), k.id);
      await t.updateTable('signing_keys').set({ wrapped, master_id: next.fingerprint }).where('id', '=', k.id).execute();
      n++;
    }
    await audit.record(trx, { actor: systemActor, action: 'keys.rewrap', detail: { from: current.fingerprint, to: next.fingerprint, keys: n } });
    return n;
  });
  let replacedEmbedded = false;
  if (keys.master.source === 'embedded' && current.file) {
    const temp = `${current.file}.${randomBytes(6).toString('hex')}.tmp`;
    fs.writeFileSync(temp, `${raw.toString('base64')}\n`, { mode: 0o600, flag: 'wx' });
    fs.renameSync(temp, current.file);
    replacedEmbedded = true;
  }
  return { from: current.fingerprint, to: next.fingerprint, keys: count, replacedEmbedded };
}
