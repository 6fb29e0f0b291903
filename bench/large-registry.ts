import { execFileSync } from 'node:child_process';
import path from 'node:path';
import Database from 'better-sqlite3';
import { loadMillion } from './demo-load.js';
import { closedLoop, percentile } from './lib/load.js';
import { figure, header } from './lib/machine.js';
import { cli, ensureBuilt, sessionCookie, startServer } from './lib/server.js';

/**
 * Issue 2, figure 3: with a million people stored, cold start to the first answered request
 * (≤ 3 s), the server's resident memory (≤ 300 MB) and fetching one application with its timeline
 * (p95 ≤ 5 ms, each fetch also writing its audit entries).
 */
const rssMb = (pid: number) => Number(execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }).trim()) / 1024;

export async function measureLargeRegistry(dataDir: string) {
  const env = { HOMEWARD_DATA_DIR: dataDir, HOMEWARD_WORKER: 'false' };
  const secret = cli(['user', 'add', `bench.${Date.now()}`, '--role', 'reviewer'], env).trim().split(' ');
  const username = secret[1]!;

  const started = performance.now();
  const server = await startServer(env, 18095);
  const coldStart = performance.now() - started;
  try {
    const cookie = await sessionCookie(server.url, username, secret.pop()!);
    const db = new Database(path.join(dataDir, 'homeward.sqlite'), { readonly: true });
    const ids = db.prepare('select id from applications order by random() limit 20000').pluck().all() as string[];
    const people = db.prepare('select count(*) from people').pluck().get() as number;
    db.close();

    const fetchOne = (i: number) => fetch(`${server.url}/api/applications/${ids[i % ids.length]}`, { headers: { cookie } });
    await closedLoop(4, 3, fetchOne);
    // One client is a reviewer opening an application; four at once, without pause, is the
    // server saturated (each also waits for the others' reads, on the one thread that reads SQLite).
    const runs = [];
    for (const clients of [1, 4]) runs.push({ clients, run: await closedLoop(clients, 15, fetchOne) });
    const rss = rssMb(server.process.pid!);

    figure('people stored', people.toLocaleString('en'));
    figure('cold start to first answered request', `${(coldStart / 1000).toFixed(2)} s`, '≤ 3 s');
    figure('server RSS after the read load', `${rss.toFixed(0)} MB`, '≤ 300 MB');
    for (const { clients, run } of runs) {
      figure(
        `GET /api/applications/:id (applicant, household, timeline, messages; audited), ${clients === 1 ? '1 client' : `${clients} clients`}`,
        `p50 ${percentile(run.latencies, 50).toFixed(2)} ms, p95 ${percentile(run.latencies, 95).toFixed(2)} ms, p99 ${percentile(run.latencies, 99).toFixed(2)} ms, ${run.perSecond.toFixed(0)}/s, failures ${run.failures}`,
        'p95 ≤ 5 ms',
      );
    }
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  header('A registry of a million people');
  ensureBuilt();
  await measureLargeRegistry(process.env.BENCH_MILLION_DIR ?? loadMillion());
}
