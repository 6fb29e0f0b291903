import type { KeyObject } from 'node:crypto';
import { createSecretKey, randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import type { Clock } from '../platform/clock.js';
import type { Store } from '../store/store.js';
import { dataKeyId, keyCategories, masterKeyId, type KeyCategory } from './core/categories.js';
import { formatSealed, openBytes, parseSealed, sealBytes } from './core/sealed.js';
import { MasterKeyError, type MasterKey } from './master.js';
import { keysStore, type DataKeyRow, type KeysTables } from './store.js';
import type { Kysely } from 'kysely';

/** Wrapping binds a data key to its id, so a wrapped key cannot be passed off as another. */
export const wrapKey = (master: MasterKey, raw: Buffer, id: string) =>
  formatSealed(sealBytes(master.key, masterKeyId(master.fingerprint), raw, `key/${id}`));

export const unwrapKey = (master: MasterKey, wrapped: string, id: string) => openBytes(master.key, parseSealed(wrapped), `key/${id}`);

/**
 * The data keys, unwrapped in memory. Each category seals with its newest live version; any
 * version still present opens what it sealed, so values sealed before a rotation stay readable
 * while it runs. Other nodes' new keys are found by reloading (on a timer, and whenever a value
 * names a key this node has not seen).
 */
export function createKeyring(store: Store, master: MasterKey, clock: Clock, log: Logger) {
  const db = store.db as Kysely<KeysTables>;
  const keys = new Map<string, KeyObject>();
  const active = new Map<KeyCategory, { id: string; key: KeyObject }>();
  let warnedMismatch = false;

  function adopt(rows: DataKeyRow[], strict: boolean) {
    const live = new Set<string>();
    for (const row of rows) {
      if (row.wrapped === null) continue;
      live.add(row.id);
      if (keys.has(row.id)) continue;
      if (row.master_id !== master.fingerprint) {
        const message = `data key ${row.id} is wrapped by master key ${row.master_id}, but this process holds master key ${master.fingerprint}`;
        if (strict) throw new MasterKeyError(`${message}: set HOMEWARD_MASTER_KEY or HOMEWARD_MASTER_KEY_FILE to the key that wrapped them`);
        if (!warnedMismatch) log.warn({ keyId: row.id, masterId: row.master_id }, 'a data key was re-wrapped under another master key: restart this node with it');
        warnedMismatch = true;
        continue;
      }
      keys.set(row.id, createSecretKey(unwrapKey(master, row.wrapped, row.id)));
    }
    // Destroyed keys leave memory too.
    for (const id of keys.keys()) if (!live.has(id)) keys.delete(id);
    for (const category of keyCategories) {
      const newest = rows.filter((r) => r.category === category && r.wrapped !== null && r.retired_at === null && keys.has(r.id)).at(-1);
      if (newest) active.set(category, { id: newest.id, key: keys.get(newest.id)! });
    }
  }

  return {
    master,

    /** Loads every key; at start-up a key wrapped by another master stops the process. */
    async load(strict = false) {
      adopt(await keysStore.dataKeys(db), strict);
    },

    /** Creates version 1 of every category that has no key yet (first start), then loads. */
    async ensure() {
      const existing = await keysStore.dataKeys(db);
      if (keyCategories.some((c) => !existing.some((r) => r.category === c))) {
        await store.transaction(async (trx) => {
          await keysStore.lock(trx, store.dialect);
          const rows = await keysStore.dataKeys(trx);
          for (const category of keyCategories) {
            if (!rows.some((r) => r.category === category)) await this.insert(trx, category, 1);
          }
        });
      }
      await this.load(true);
    },

    /** Adds a new version of a category's data key in the caller's transaction. */
    async insert(trx: Kysely<KeysTables>, category: KeyCategory, version: number) {
      const id = dataKeyId(category, version);
      await trx
        .insertInto('data_keys')
        .values({ id, category, version, wrapped: wrapKey(master, randomBytes(32), id), master_id: master.fingerprint, created_at: clock.now().toISOString(), retired_at: null })
        .execute();
      return id;
    },

    active(category: KeyCategory) {
      const key = active.get(category);
      if (!key) throw new Error(`no data key for ${category}: keys were not loaded`);
      return key;
    },

    key: (id: string) => keys.get(id),
  };
}

export type Keyring = ReturnType<typeof createKeyring>;
