import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';
import type { KeyCategory } from '../keys/core/categories.js';
import { isSealedFile, parseSealedFile } from '../keys/core/sealed-file.js';
import type { Keys, SealedFiles } from '../keys/service.js';

const idPattern = /^[0-9a-f]{32}$|^[0-9a-f]{64}$/;

/**
 * Files (document scans) live outside the database rows, encrypted under the category's data key,
 * each under a random id. Not under the hash of its content: a content address would show which
 * two people hold the same scan and would let anyone holding a candidate file confirm that it is
 * stored; and a file shared by two records could not simply be erased with one of them.
 * A file is written to a temporary name, flushed to disk and then renamed, so that a crash never
 * leaves half a file under a real name. Files written before encryption (named by their SHA-256)
 * are still read, checked against that hash, until `homeward keys rotate` seals them.
 */
export function createFileStore(root: string, keys: Keys, category: KeyCategory) {
  const pathOf = (id: string) => {
    if (!idPattern.test(id)) throw new Error('not a file id');
    return path.join(root, id.slice(0, 2), id.slice(2, 4), id);
  };

  async function write(id: string, content: Buffer) {
    const target = pathOf(id);
    await fs.mkdir(path.dirname(target), { recursive: true });
    const temp = `${target}.${randomBytes(6).toString('hex')}.tmp`;
    const handle = await fs.open(temp, 'wx');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await fs.rename(temp, target);
  }

  async function plaintextOf(id: string, stored: Buffer): Promise<Buffer> {
    if (isSealedFile(stored)) return keys.openFile(stored, id);
    if (createHash('sha256').update(stored).digest('hex') !== id) throw new Error(`file ${id} is neither sealed nor the content its name says`);
    return stored;
  }

  const sealedFiles: SealedFiles = {
    name: `${category} files`,
    async *ids() {
      const level = async (dir: string) => (await fs.readdir(dir).catch(() => [] as string[])).sort();
      for (const a of await level(root)) {
        for (const b of await level(path.join(root, a))) {
          for (const name of await level(path.join(root, a, b))) if (idPattern.test(name)) yield name;
        }
      }
    },
    async reseal(id) {
      let stored: Buffer;
      try {
        stored = await fs.readFile(pathOf(id));
      } catch (e) {
        if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 'gone';
        throw e;
      }
      if (isSealedFile(stored) && parseSealedFile(stored).keyId === keys.currentKeyId(category)) return 'current';
      await write(id, keys.sealFile(category, await plaintextOf(id, stored), id));
      return 'resealed';
    },
  };
  keys.registerFiles(sealedFiles);

  return {
    /** Stores a file and returns its id. */
    async put(content: Buffer): Promise<string> {
      const id = randomBytes(16).toString('hex');
      await write(id, keys.sealFile(category, content, id));
      return id;
    },

    async get(id: string): Promise<Buffer> {
      return plaintextOf(id, await fs.readFile(pathOf(id)));
    },

    async remove(id: string): Promise<void> {
      await fs.rm(pathOf(id), { force: true });
    },
  };
}

export type FileStore = ReturnType<typeof createFileStore>;
