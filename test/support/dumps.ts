import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import pg from 'pg';

/** Every file under a folder, with its bytes: what a copy of the data folder would hold. */
export function filesUnder(dir: string): { file: string; bytes: Buffer }[] {
  if (!fs.existsSync(dir)) return [];
  return fs.readdirSync(dir, { recursive: true, encoding: 'utf8' }).flatMap((name) => {
    const file = path.join(dir, name);
    return fs.statSync(file).isFile() ? [{ file, bytes: fs.readFileSync(file) }] : [];
  });
}

/**
 * A full dump of a PostgreSQL database, as someone who stole it would read it: `pg_dump` when the
 * binary is installed, else every row of every table through SQL (and it says so on stderr).
 */
export async function postgresDump(url: string): Promise<{ how: 'pg_dump' | 'sql'; text: string }> {
  const r = spawnSync('pg_dump', ['--no-owner', '--dbname', url], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (!r.error && r.status === 0) return { how: 'pg_dump', text: r.stdout };
  process.stderr.write(`[homeward tests] pg_dump is not available (${r.error?.message ?? r.stderr.trim()}): dumping every table through SQL instead\n`);
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const tables = await client.query<{ tablename: string }>(`select tablename from pg_tables where schemaname = current_schema()`);
    const parts: string[] = [];
    for (const { tablename } of tables.rows) {
      const rows = await client.query(`select * from "${tablename}"`);
      parts.push(`-- ${tablename}\n${JSON.stringify(rows.rows)}`);
    }
    return { how: 'sql', text: parts.join('\n') };
  } finally {
    await client.end();
  }
}
