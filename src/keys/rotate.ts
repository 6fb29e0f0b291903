import type { Kysely } from 'kysely';
import type { AuditService } from '../audit/service.js';
import type { Deps } from '../context.js';
import { systemActor } from '../platform/actor.js';
import { keyCategories, type KeyCategory } from './core/categories.js';
import { sealedKeyId } from './core/sealed.js';
import { fieldContext, keyRefreshMs, type SealedColumns, type SealedFiles } from './service.js';
import { keysStore, type KeysTables, type RotationRow } from './store.js';

export interface RotateOptions {
  categories?: readonly KeyCategory[];
  /** How long to wait, after creating the new keys, before re-sealing: every node must have loaded them. */
  propagationMs?: number;
  batchSize?: number;
  /** Told the number of rows and files walked so far, between batches (no transaction is open then). */
  onProgress?: (done: number) => void | Promise<void>;
  onWait?: (ms: number) => void;
  sleep?: (ms: number) => Promise<void>;
}

/** Where an interrupted rotation stands: the last row id done per table and the last file per set. */
interface Progress {
  pass: number;
  rows: Record<string, string>;
  files: Record<string, string>;
}

export interface RotationResult {
  rotation: number;
  resumed: boolean;
  targets: Record<string, string>;
  resealed: number;
  destroyed: string[];
}

const defaultSleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * `homeward keys rotate`: new data keys, every sealed value and file re-sealed under them, the old
 * keys destroyed — while the service runs.
 *
 * 1. New versions are created in one transaction; the rotation is recorded with its targets, so a
 *    second run after an interruption resumes it instead of starting another.
 * 2. It waits until every node has reloaded the keys (nodes reload every `keyRefreshMs`), so that
 *    from then on every node seals with the new versions; meanwhile nodes open both.
 * 3. Two passes over every registered table (in batches, each in a transaction that also records
 *    how far it got) and every registered file set. A value is replaced only if it is still the one
 *    read (compare-and-set), so a change made by a node meanwhile is never overwritten; the second
 *    pass, normally read-only, proves nothing sealed under an old key is left.
 * 4. The old versions' wrapped keys are deleted, and the rotation is audited: what they sealed, in this database, no longer
 *    exists, and a copy of an old backup needs that backup's own keys table.
 */
export async function rotateKeys({ store, clock, keys }: Deps, audit: AuditService, options: RotateOptions = {}): Promise<RotationResult> {
  const db = store.db as Kysely<KeysTables>;
  const sleep = options.sleep ?? defaultSleep;
  const batchSize = options.batchSize ?? 500;
  const { keyring } = keys;

  let rotation = await keysStore.openRotation(db);
  const resumed = rotation !== undefined;
  if (!rotation) {
    const categories = options.categories ?? keyCategories;
    const now = clock.now();
    rotation = await store.transaction(async (trx) => {
      const t = trx as Kysely<KeysTables>;
      await keysStore.lock(trx, store.dialect);
      const existing = await keysStore.dataKeys(t);
      const targets: Record<string, string> = {};
      for (const category of categories) {
        const version = Math.max(0, ...existing.filter((k) => k.category === category).map((k) => k.version)) + 1;
        targets[category] = await keyring.insert(t, category, version);
      }
      const row = {
        started_at: now.toISOString(),
        pass_from: new Date(now.getTime() + (options.propagationMs ?? 2 * keyRefreshMs)).toISOString(),
        finished_at: null,
        targets: JSON.stringify(targets),
        progress: JSON.stringify({ pass: 1, rows: {}, files: {} } satisfies Progress),
      };
      const { id } = await t.insertInto('key_rotations').values(row).returning('id').executeTakeFirstOrThrow();
      return { ...row, id: Number(id) } as RotationRow;
    });
  }
  await keyring.load();
  const targets = JSON.parse(rotation.targets) as Record<string, string>;
  const progress = JSON.parse(rotation.progress) as Progress;
  const wait = Date.parse(rotation.pass_from) - clock.now().getTime();
  if (wait > 0) {
    options.onWait?.(wait);
    await sleep(wait);
  }

  const stale = (sealed: string | null, category: KeyCategory) => sealed !== null && category in targets && sealedKeyId(sealed) !== targets[category];
  let done = 0;
  let resealed = 0;
  const save = (trx: Kysely<KeysTables>) => keysStore.saveProgress(trx, rotation.id, progress);
  const saveNow = () => store.transaction((trx) => save(trx as Kysely<KeysTables>));

  async function passOverRows(set: SealedColumns) {
    const columns = Object.entries(set.columns) as [string, KeyCategory][];
    for (;;) {
      const after = progress.rows[set.table] ?? '';
      const rows = (await (store.db as Kysely<any>)
        .selectFrom(set.table)
        .select([set.idColumn, ...columns.map(([c]) => c)])
        .where(set.idColumn, '>', after)
        .orderBy(set.idColumn)
        .limit(batchSize)
        .execute()) as Record<string, string | null>[];
      if (!rows.length) return;
      await store.transaction(async (trx) => {
        for (const row of rows) {
          const id = row[set.idColumn]!;
          for (const [column, category] of columns) {
            const old = row[column] ?? null;
            if (!stale(old, category)) continue;
            const context = fieldContext(set.table, column, id);
            const fresh = keys.seal(category, await keys.open(old!, context), context);
            // Compare-and-set: a value a node changed meanwhile was sealed with the new key already.
            const r = await trx.updateTable(set.table).set({ [column]: fresh }).where(set.idColumn, '=', id).where(column, '=', old).executeTakeFirst();
            resealed += Number(r.numUpdatedRows);
          }
        }
        progress.rows[set.table] = rows.at(-1)![set.idColumn]!;
        await save(trx as Kysely<KeysTables>);
      });
      done += rows.length;
      await options.onProgress?.(done);
    }
  }

  async function passOverFiles(set: SealedFiles) {
    let sinceSave = 0;
    for await (const id of set.ids()) {
      if (id <= (progress.files[set.name] ?? '')) continue;
      if ((await set.reseal(id)) === 'resealed') resealed++;
      progress.files[set.name] = id;
      done++;
      if (++sinceSave >= 100) {
        sinceSave = 0;
        await saveNow();
        await options.onProgress?.(done);
      }
    }
    await saveNow();
    await options.onProgress?.(done);
  }

  for (; progress.pass <= 2; progress.pass++, progress.rows = {}, progress.files = {}) {
    for (const set of keys.sealedColumns()) await passOverRows(set);
    for (const set of keys.sealedFiles()) await passOverFiles(set);
  }

  const destroyed = await store.transaction(async (trx) => {
    const t = trx as Kysely<KeysTables>;
    await keysStore.lock(trx, store.dialect);
    const old = (await keysStore.dataKeys(t)).filter((k) => k.wrapped !== null && k.category in targets && k.id !== targets[k.category]);
    const at = clock.now().toISOString();
    for (const k of old) await t.updateTable('data_keys').set({ wrapped: null, retired_at: at }).where('id', '=', k.id).execute();
    await t.updateTable('key_rotations').set({ finished_at: at, progress: JSON.stringify(progress) }).where('id', '=', rotation.id).execute();
    await audit.record(trx, {
      actor: systemActor,
      action: 'keys.rotate',
      detail: { rotation: rotation.id, keys: Object.values(targets).join(','), destroyed: old.map((k) => k.id).join(','), resealed },
    });
    return old.map((k) => k.id);
  });
  await keyring.load();
  return { rotation: rotation.id, resumed, targets, resealed, destroyed };
}
