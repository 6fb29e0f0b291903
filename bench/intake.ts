import { ensureBuilt, freshDataDir, startServer } from './lib/server.js';
import { figure, header } from './lib/machine.js';
import { application, intakeServer, runLoad, summary } from './lib/intake-load.js';
import { pgAdminUrl, pgDatabase } from './lib/postgres.js';

/**
 * Issue 2, figure 1: complete registrations over HTTP (validation, person, application, actions,
 * outbox, audit, durable commit) with 50 connections, on SQLite and PostgreSQL, and the ratio to
 * a bare validated single-row insert endpoint measured in the same run.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = 50;

async function measure(kind: 'sqlite' | 'postgres') {
  const env: Record<string, string> = { HOMEWARD_DATA_DIR: freshDataDir(`intake-${kind}`) };
  if (kind === 'postgres') {
    const url = await pgDatabase('homeward_bench_intake');
    if (!url) return figure(`intake on PostgreSQL`, 'skipped: no PostgreSQL at ' + pgAdminUrl);
    env.DATABASE_URL = url;
  }
  // Each connection is a registrar of the office with a session of their own.
  const { server, cookies, officeId } = await intakeServer(env, 18080, undefined, connections);
  const intake = summary(await runLoad(server.url, '/api/applications', {}, application(officeId), seconds, connections, cookies), seconds);
  await server.stop();

  const baselineEnv: Record<string, string> = { ...env, HOMEWARD_DATA_DIR: freshDataDir(`baseline-${kind}`) };
  if (kind === 'postgres') baselineEnv.DATABASE_URL = (await pgDatabase('homeward_bench_baseline'))!;
  const baseline = await startServer(baselineEnv, 18081, 'bench/baseline-server.ts');
  const bare = summary(await runLoad(baseline.url, '/rows', {}, (i) => JSON.stringify({ name: `name ${i}`, birthDate: '1961-03-14' }), seconds, connections), seconds);
  await baseline.stop();

  const goal = kind === 'sqlite' ? '≥ 2,500/s' : '≥ 2,000/s';
  figure(`intake on ${kind}`, `${intake.perSecond.toFixed(0)} registrations/s, p50 ${intake.p50} ms, p99 ${intake.p99} ms, errors ${intake.errors}`, `${goal}, p99 ≤ 50 ms`);
  figure(`bare validated insert on ${kind}`, `${bare.perSecond.toFixed(0)} inserts/s, p99 ${bare.p99} ms`);
  figure(`ratio intake / bare on ${kind}`, (intake.perSecond / bare.perSecond).toFixed(2), '≥ 0.35');
}

header(`Intake throughput (${connections} connections, ${seconds} s each, autocannon on the same machine)`);
ensureBuilt();
for (const kind of ['sqlite', 'postgres'] as const) await measure(kind);
