import fs from 'node:fs/promises';
import path from 'node:path';
import type { Config } from '../config.js';
import { openStore } from '../store/store.js';

/** The copy is encrypted where it matters: it is useless without the master key, which is kept apart. */
function masterKeyReminder(config: Config): string {
  const where = config.keys.base64 ? 'HOMEWARD_MASTER_KEY' : (config.keys.file ?? config.keys.embeddedFile);
  return `The master key (${where}) is not in the copy: keep a copy of it apart from the backups; without it the special categories and document scans in them cannot be read.\n`;
}

/**
 * A consistent copy of a running store. SQLite's online backup copies pages while the server
 * keeps writing and restarts if a page changed, so the copy is a snapshot of one moment; the
 * content-addressed files are never changed once written, so copying them after is enough.
 */
export async function backup(config: Config, target: string) {
  if (config.database.kind === 'postgres') {
    process.stdout.write(
      [
        'This store is PostgreSQL. Take a consistent online copy with:',
        '  pg_dump --format=custom --file=homeward.dump "$DATABASE_URL"',
        'or continuous backups with WAL archiving (pg_basebackup + archive_command).',
        `Also copy the files folder: ${config.filesDir}`,
        masterKeyReminder(config).trimEnd(),
        '',
      ].join('\n'),
    );
    return;
  }
  const store = openStore(config.database);
  try {
    await fs.mkdir(target, { recursive: true });
    const file = path.join(target, 'homeward.sqlite');
    await store.sqlite!.backup(file);
    await fs.cp(config.filesDir, path.join(target, 'files'), { recursive: true, force: false }).catch((e: NodeJS.ErrnoException) => {
      if (e.code !== 'ENOENT') throw e;
    });
    process.stdout.write(`Backed up to ${target} (database and document files).\n${masterKeyReminder(config)}`);
  } finally {
    await store.close();
  }
}
