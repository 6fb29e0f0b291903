import autocannon from 'autocannon';
import pg from 'pg';
import { cli, ensureBuilt, freshDataDir, sessionCookie, startServer } from './lib/server.js';
import { figure, header } from './lib/machine.js';

/**
 * Issue 2, figure 1: complete registrations over HTTP (validation, person, application, actions,
 * outbox, audit, durable commit) with 50 connections, on SQLite and PostgreSQL, and the ratio to
 * a bare validated single-row insert endpoint measured in the same run.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 20);
const connections = 50;
const pgAdminUrl = process.env.HOMEWARD_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

async function pgDatabase(name: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: pgAdminUrl });
  try {
    await client.connect();
  } catch {
    return undefined;
  }
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

function run(url: string, path: string, headers: Record<string, string>, body: (i: number) => string) {
  let i = 0;
  return new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      {
        url: url + path,
        connections,
        duration: seconds,
        method: 'POST',
        headers: { 'content-type': 'application/json', ...headers },
        requests: [{ setupRequest: (req) => ({ ...req, body: body(i++) }) }],
      },
      (err, result) => (err ? reject(err) : resolve(result)),
    );
    autocannon.track(instance, { renderProgressBar: false, renderResultsTable: false, renderLatencyTable: false });
  });
}

const application = (officeId: string) => (i: number) =>
  JSON.stringify({
    channel: 'reception',
    officeId,
    applicant: {
      givenName: i % 3 === 0 ? 'Արամ' : i % 3 === 1 ? 'Арам' : 'Aram',
      patronymic: 'Գագիկի',
      familyName: `Հովհաննիսյան${i % 1000}`,
      sex: 'male',
      birthDate: `19${50 + (i % 50)}-0${1 + (i % 9)}-1${i % 10}`,
      birthPlace: { placeId: 'S001' },
      phones: [`+374 97 ${String(100000 + (i % 899999))}`],
      documents: [{ type: 'am-passport', number: `AR${String(1000000 + (i % 8999999))}` }],
      language: 'hy',
    },
    declarations: { wishesToReside: true, wishesCitizenship: true },
    informationNotice: { version: '2026-01', language: 'hy', mode: 'spoken' },
  });

const summary = (r: autocannon.Result) => {
  const ok = r['2xx'];
  return { perSecond: ok / seconds, p99: r.latency.p99, errors: r.non2xx + r.errors, p50: r.latency.p50 };
};

async function measure(kind: 'sqlite' | 'postgres') {
  const env: Record<string, string> = { HOMEWARD_DATA_DIR: freshDataDir(`intake-${kind}`) };
  if (kind === 'postgres') {
    const url = await pgDatabase('homeward_bench_intake');
    if (!url) return figure(`intake on PostgreSQL`, 'skipped: no PostgreSQL at ' + pgAdminUrl);
    env.DATABASE_URL = url;
  }
  const secret = cli(['user', 'add', 'bench', '--role', 'supervisor', 'administrator'], env).trim().split(' ').pop()!;
  const server = await startServer({ ...env, HOMEWARD_WORKER: 'false' }, 18080);
  const cookie = await sessionCookie(server.url, 'bench', secret);
  const office = await fetch(`${server.url}/api/offices`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ code: 'KHK', placeId: 'S001', names: { az: 'Xankəndi', hy: 'Ստեփանակերտ', ru: 'Ханкенди', en: 'Khankendi' } }),
  }).then((r) => r.json() as Promise<{ id: string }>);
  const intake = summary(await run(server.url, '/api/applications', { cookie }, application(office.id)));
  await server.stop();

  const baselineEnv: Record<string, string> = { ...env, HOMEWARD_DATA_DIR: freshDataDir(`baseline-${kind}`) };
  if (kind === 'postgres') baselineEnv.DATABASE_URL = (await pgDatabase('homeward_bench_baseline'))!;
  const baseline = await startServer(baselineEnv, 18081, 'bench/baseline-server.ts');
  const bare = summary(await run(baseline.url, '/rows', {}, (i) => JSON.stringify({ name: `name ${i}`, birthDate: '1961-03-14' })));
  await baseline.stop();

  const goal = kind === 'sqlite' ? '≥ 2,500/s' : '≥ 2,000/s';
  figure(`intake on ${kind}`, `${intake.perSecond.toFixed(0)} registrations/s, p50 ${intake.p50} ms, p99 ${intake.p99} ms, errors ${intake.errors}`, `${goal}, p99 ≤ 50 ms`);
  figure(`bare validated insert on ${kind}`, `${bare.perSecond.toFixed(0)} inserts/s, p99 ${bare.p99} ms`);
  figure(`ratio intake / bare on ${kind}`, (intake.perSecond / bare.perSecond).toFixed(2), '≥ 0.35');
}

header(`Intake throughput (${connections} connections, ${seconds} s each, autocannon on the same machine)`);
ensureBuilt();
for (const kind of ['sqlite', 'postgres'] as const) await measure(kind);
