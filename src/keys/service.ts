import type { Logger } from 'pino';
import type { Clock } from '../platform/clock.js';
import type { Store } from '../store/store.js';
import type { KeyCategory } from './core/categories.js';
import { formatSealed, openBytes, parseSealed, sealBytes, SealedValueError } from './core/sealed.js';
import { openFileContent, parseSealedFile, sealFileContent } from './core/sealed-file.js';
import { createKeyring } from './keyring.js';
import { loadMasterKey, type MasterKeySource } from './master.js';
import { openSigner } from './signing.js';

/** A table whose columns hold sealed values: what a rotation walks to re-seal them. */
export interface SealedColumns {
  table: string;
  /** The primary key (one text column), also the row part of each value's context. */
  idColumn: string;
  columns: Record<string, KeyCategory>;
}

/** A set of sealed files (document scans): what a rotation walks to re-seal them. */
export interface SealedFiles {
  name: string;
  /** Every file's id, in a stable order (a rotation resumes after the last one it did). */
  ids(): AsyncIterable<string>;
  /** Re-seals one file under the category's current key unless it is already (or it is gone). */
  reseal(id: string): Promise<'resealed' | 'current' | 'gone'>;
}

/** The context a sealed column value is bound to: moved to another row or column, it no longer opens. */
export const fieldContext = (table: string, column: string, rowId: string) => `${table}/${column}/${rowId}`;

/** How often a node reloads the data keys, and so how long a rotation waits before re-sealing. */
export const keyRefreshMs = 30_000;

/**
 * Encryption at rest for the special categories, and the server's signing key. Modules seal
 * values with `seal` before they store them and open them with `open` after they read them;
 * they register the tables and files that hold sealed data so that a rotation can find it all.
 */
export async function openKeys(store: Store, source: MasterKeySource, clock: Clock, log: Logger, options: { refreshMs?: number } = {}) {
  const master = loadMasterKey(source, log);
  const keyring = createKeyring(store, master, clock, log);
  await keyring.ensure();
  const signer = await openSigner(store, master, clock, log);
  const timer = setInterval(() => {
    keyring.load().catch((err: unknown) => log.warn({ err }, 'reloading the data keys failed'));
  }, options.refreshMs ?? keyRefreshMs);
  timer.unref();

  const columnSets: SealedColumns[] = [];
  const fileSets: SealedFiles[] = [];

  async function keyFor(id: string) {
    let key = keyring.key(id);
    if (!key) {
      await keyring.load();
      key = keyring.key(id);
    }
    if (!key) throw new SealedValueError('unknown-key');
    return key;
  }

  return {
    master: { fingerprint: master.fingerprint, source: master.source, file: master.file },
    keyring,
    signer,

    seal(category: KeyCategory, value: string | Buffer, context: string): string {
      const { id, key } = keyring.active(category);
      return formatSealed(sealBytes(key, id, typeof value === 'string' ? Buffer.from(value, 'utf8') : value, context));
    },

    async open(sealed: string, context: string): Promise<Buffer> {
      const parts = parseSealed(sealed);
      return openBytes(await keyFor(parts.keyId), parts, context);
    },

    sealJson(category: KeyCategory, value: unknown, context: string): string {
      return this.seal(category, JSON.stringify(value), context);
    },

    async openJson<T>(sealed: string, context: string): Promise<T> {
      return JSON.parse((await this.open(sealed, context)).toString('utf8')) as T;
    },

    sealFile(category: KeyCategory, content: Buffer, fileId: string): Buffer {
      const { id, key } = keyring.active(category);
      return sealFileContent(key, id, content, fileId);
    },

    async openFile(content: Buffer, fileId: string): Promise<Buffer> {
      const parts = parseSealedFile(content);
      return openFileContent(await keyFor(parts.keyId), parts, fileId);
    },

    currentKeyId: (category: KeyCategory) => keyring.active(category).id,

    register(set: SealedColumns) {
      columnSets.push(set);
    },
    registerFiles(set: SealedFiles) {
      fileSets.push(set);
    },
    sealedColumns: (): readonly SealedColumns[] => columnSets,
    sealedFiles: (): readonly SealedFiles[] => fileSets,

    close() {
      clearInterval(timer);
    },
  };
}

export type Keys = Awaited<ReturnType<typeof openKeys>>;
