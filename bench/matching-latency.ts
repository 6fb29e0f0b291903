import path from 'node:path';
import Database from 'better-sqlite3';
import pg from 'pg';
import { loadMillion } from './demo-load.js';
import { closedLoop, percentile } from './lib/load.js';
import { figure, header } from './lib/machine.js';
import { pgDatabase } from './lib/postgres.js';
import { cli, ensureBuilt, freshDataDir, sessionCookie, startServer } from './lib/server.js';

/**
 * Issue 3, figure 3: with a million people stored, the duplicate check of a person being typed at
 * intake (p95 ≤ 20 ms) and the people search (p95 ≤ 25 ms), on SQLite and on PostgreSQL. Queries are
 * people of the registry typed again: by name as stored with their birth date (the check), and by
 * name with the birth year (the search). Every search and check also writes its audit entries.
 */
type Person = { given_name: string; family_name: string; birth_date: string | null };

async function samplePeople(dataDir: string, databaseUrl?: string): Promise<Person[]> {
  const query = 'select given_name, family_name, birth_date from people where birth_date is not null order by random() limit 5000';
  if (!databaseUrl) {
    const db = new Database(path.join(dataDir, 'homeward.sqlite'), { readonly: true });
    const rows = db.prepare(query).all() as Person[];
    db.close();
    return rows;
  }
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  const rows = (await client.query(query)).rows as Person[];
  await client.end();
  return rows;
}

async function measure(store: string, env: Record<string, string>, loaded?: string) {
  const dataDir = loaded ?? loadMillion(env);
  const user = cli(['user', 'add', `bench.${Date.now()}`, '--role', 'reviewer'], { ...env, HOMEWARD_DATA_DIR: dataDir }).trim().split(' ');
  const server = await startServer({ ...env, HOMEWARD_DATA_DIR: dataDir, HOMEWARD_WORKER: 'false' }, 18096);
  try {
    const cookie = await sessionCookie(server.url, user[1]!, user.pop()!);
    const people = await samplePeople(dataDir, env.DATABASE_URL);
    const headers = { cookie, 'content-type': 'application/json' };
    const check = (i: number) => {
      const p = people[i % people.length]!;
      return fetch(`${server.url}/api/people/candidates`, { method: 'POST', headers, body: JSON.stringify({ givenName: p.given_name, familyName: p.family_name, birthDate: p.birth_date }) });
    };
    const search = (i: number) => {
      const p = people[i % people.length]!;
      const q = new URLSearchParams({ q: `${p.given_name} ${p.family_name}`, birthDate: p.birth_date!.slice(0, 4) });
      return fetch(`${server.url}/api/people/search?${q}`, { headers: { cookie } });
    };
    for (const [name, run, goal] of [
      ['duplicate check while typing (POST /api/people/candidates)', check, 'p95 ≤ 20 ms'],
      ['people search (GET /api/people/search)', search, 'p95 ≤ 25 ms'],
    ] as const) {
      await closedLoop(4, 3, run);
      // One client is a registrar's own wait; four at once, without pause, is the server saturated
      // (each waits for the others' requests too, on the one thread that reads SQLite).
      for (const clients of [1, 4]) {
        const r = await closedLoop(clients, 15, run);
        figure(
          `${name} on ${store}, ${clients === 1 ? '1 client' : `${clients} clients`}`,
          `p50 ${percentile(r.latencies, 50).toFixed(1)} ms, p95 ${percentile(r.latencies, 95).toFixed(1)} ms, p99 ${percentile(r.latencies, 99).toFixed(1)} ms, ${r.perSecond.toFixed(0)}/s, failures ${r.failures}`,
          goal,
        );
      }
    }
  } finally {
    await server.stop();
  }
}

header('Duplicate check and search with a million people');
ensureBuilt();
await measure('SQLite', {}, process.env.BENCH_MILLION_DIR);
// BENCH_MILLION_PG_URL names a PostgreSQL database already loaded with a million people (the load
// takes minutes), and BENCH_MILLION_PG_DIR the data folder that load used (its keys open the records).
const loadedPg = process.env.BENCH_MILLION_PG_URL;
const url = loadedPg ?? (await pgDatabase('homeward_bench_million'));
const pgDir = (loadedPg && process.env.BENCH_MILLION_PG_DIR) || freshDataDir('million-pg');
if (url) await measure('PostgreSQL', { DATABASE_URL: url, HOMEWARD_DATA_DIR: pgDir }, loadedPg ? pgDir : undefined);
else figure('PostgreSQL', 'skipped: no PostgreSQL');
