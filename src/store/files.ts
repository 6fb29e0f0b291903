import { createHash, randomBytes } from 'node:crypto';
import fs from 'node:fs/promises';
import path from 'node:path';

/**
 * Files (document scans) live outside the database rows, named by the SHA-256 of their content:
 * the same scan uploaded twice is stored once, and a name can be checked against its content.
 * A file is written to a temporary name, flushed to disk and then renamed, so that a crash never
 * leaves half a file under a real name.
 */
export function createFileStore(root: string) {
  const pathOf = (sha256: string) => path.join(root, sha256.slice(0, 2), sha256.slice(2, 4), sha256);
  return {
    async put(content: Buffer): Promise<string> {
      const sha256 = createHash('sha256').update(content).digest('hex');
      const target = pathOf(sha256);
      try {
        await fs.access(target);
        return sha256;
      } catch {
        // not stored yet
      }
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
      return sha256;
    },

    async get(sha256: string): Promise<Buffer> {
      return fs.readFile(pathOf(sha256));
    },

    async remove(sha256: string): Promise<void> {
      await fs.rm(pathOf(sha256), { force: true });
    },
  };
}

export type FileStore = ReturnType<typeof createFileStore>;
