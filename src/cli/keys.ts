import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import { keyCategories, type KeyCategory } from '../keys/core/categories.js';
import { rewrapMasterKey } from '../keys/rewrap.js';
import { rotateKeys } from '../keys/rotate.js';
import { keysStore, type KeysTables } from '../keys/store.js';
import { openRuntime, type Runtime } from '../runtime.js';
import { progressLine } from './progress.js';

export interface RotateCommandOptions {
  category?: string[];
  newMasterKeyFile?: string;
  propagationSeconds: number;
}

/** How many rows and files a rotation walks (twice), for the progress bar. */
async function itemsToWalk(runtime: Runtime): Promise<number> {
  const { keys, store } = runtime.deps;
  let n = 0;
  for (const set of keys.sealedColumns()) {
    const r = await (store.db as Kysely<any>).selectFrom(set.table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    n += Number(r.n);
  }
  for (const set of keys.sealedFiles()) for await (const _ of set.ids()) n++;
  return 2 * n;
}

/** `homeward keys rotate`: new data keys, everything re-sealed, old keys destroyed; resumable; no downtime. */
export async function rotateCommand(config: Config, options: RotateCommandOptions) {
  const categories = (options.category ?? [...keyCategories]) as KeyCategory[];
  const unknown = categories.filter((c) => !keyCategories.includes(c));
  if (unknown.length) throw new Error(`Unknown key category: ${unknown.join(', ')} (known: ${keyCategories.join(', ')})`);
  const runtime = await openRuntime({ ...config, logLevel: 'warn' });
  try {
    const progress = progressLine('values and files', Math.max(1, await itemsToWalk(runtime)));
    const result = await rotateKeys(runtime.deps, runtime.services.audit, {
      categories,
      propagationMs: options.propagationSeconds * 1000,
      onWait: (ms) => process.stderr.write(`Waiting ${Math.ceil(ms / 1000)} s for every node to load the new keys (they keep serving meanwhile)…\n`),
      onProgress: (done) => progress.update(done),
    });
    progress.done();
    process.stdout.write(
      [
        `${result.resumed ? 'Resumed and finished' : 'Finished'} key rotation ${result.rotation}: ${Object.values(result.targets).join(', ')} now seal everything.`,
        `Re-sealed ${result.resealed.toLocaleString('en')} values and files; destroyed the old keys ${result.destroyed.join(', ') || '(none left)'}.`,
        '',
      ].join('\n'),
    );
    if (options.newMasterKeyFile) {
      const r = await rewrapMasterKey(runtime.deps, runtime.services.audit, options.newMasterKeyFile);
      process.stdout.write(
        `Re-wrapped ${r.keys} keys from master key ${r.from} to ${r.to}. ` +
          (r.replacedEmbedded
            ? `The embedded key file now holds the new key; restart the server.\n`
            : `Restart every node with HOMEWARD_MASTER_KEY_FILE=${options.newMasterKeyFile} (or the key in HOMEWARD_MASTER_KEY); the old master key is then no longer needed.\n`),
      );
    }
  } finally {
    await runtime.close();
  }
}

/** `homeward keys list`: which keys exist, never their material. */
export async function listKeys(config: Config) {
  const runtime = await openRuntime({ ...config, logLevel: 'warn' });
  try {
    const { keys, store } = runtime.deps;
    const db = store.db as Kysely<KeysTables>;
    const lines = [`master key ${keys.master.fingerprint} (${keys.master.source}${keys.master.file ? `: ${keys.master.file}` : ''})`];
    for (const k of await keysStore.dataKeys(db)) {
      lines.push(`data key ${k.id.padEnd(24)} created ${k.created_at}  ${k.wrapped === null ? `destroyed ${k.retired_at}` : k.id === keys.currentKeyId(k.category as KeyCategory) ? 'sealing' : 'opening only'}`);
    }
    for (const k of keys.signer.publicKeys()) lines.push(`signing key ${k.id} (Ed25519, public ${k.publicKey}) created ${k.createdAt}${k.id === keys.signer.keyId ? ', signing' : ''}`);
    const open = await keysStore.openRotation(db);
    if (open) lines.push(`rotation ${open.id} started ${open.started_at} is unfinished: run \`homeward keys rotate\` to resume it`);
    process.stdout.write(`${lines.join('\n')}\n`);
  } finally {
    await runtime.close();
  }
}
