import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/platform/paths.js';
import { application, intakeServer, runLoad, summary } from './lib/intake-load.js';
import { figure, header } from './lib/machine.js';
import { pgDatabase } from './lib/postgres.js';
import { ensureBuilt, freshDataDir } from './lib/server.js';

/**
 * Issue 4, figure 3: intake throughput with the trust layer on (keys loaded, document scans
 * encrypted, the audit sealer linking and signing every entry in the background) against the
 * same intake without any of it: the build of `BENCH_BASELINE_REV` (by default the revision just
 * before the trust layer). The two alternate, twice each, in one run, so the shared machine's load falls on both.
 */
const seconds = Number(process.env.BENCH_SECONDS ?? 15);
const connections = 50;
const rounds = 2;
/** By default, the revision just before the trust layer arrived (the parent of the commit that added the keys). */
const baselineRev =
  process.env.BENCH_BASELINE_REV ??
  execSync('git rev-parse "$(git log --diff-filter=A --format=%H -- src/keys/service.ts | tail -1)^"', { cwd: projectRoot(), encoding: 'utf8', shell: '/bin/bash' }).trim();

/** The baseline revision, extracted and built beside this checkout's node_modules. */
function buildBaseline(): string {
  const dir = freshDataDir(`baseline-build-${baselineRev.slice(0, 8)}`);
  execSync(`git archive ${baselineRev} | tar -x -C ${dir}`, { cwd: projectRoot(), shell: '/bin/bash' });
  fs.symlinkSync(path.join(projectRoot(), 'node_modules'), path.join(dir, 'node_modules'));
  execSync('npx tsc -p tsconfig.build.json', { cwd: dir, stdio: 'inherit' });
  return dir;
}

async function once(kind: 'sqlite' | 'postgres', root: string, label: string, port: number) {
  const env: Record<string, string> = { HOMEWARD_DATA_DIR: freshDataDir(`trust-intake-${label}`), HOMEWARD_AUDIT_SEALER: 'true' };
  if (kind === 'postgres') env.DATABASE_URL = (await pgDatabase(`homeward_bench_trust_${label}`))!;
  const { server, cookie, officeId } = await intakeServer(env, port, root);
  const result = summary(await runLoad(server.url, '/api/applications', { cookie }, application(officeId), seconds, connections), seconds);
  await server.stop();
  fs.rmSync(env.HOMEWARD_DATA_DIR!, { recursive: true, force: true });
  return result;
}

header(`Intake with the trust layer on vs. without it (${baselineRev.slice(0, 8)}), ${connections} connections, ${seconds} s × ${rounds} each, alternating`);
ensureBuilt();
const baselineRoot = buildBaseline();
try {
  for (const kind of ['sqlite', 'postgres'] as const) {
    if (kind === 'postgres' && !(await pgDatabase('homeward_bench_trust_probe'))) {
      figure('intake on PostgreSQL', 'skipped: no PostgreSQL');
      continue;
    }
    const off: number[] = [];
    const on: number[] = [];
    let p99 = { off: 0, on: 0 };
    for (let r = 0; r < rounds; r++) {
      const a = await once(kind, baselineRoot, 'off', 18090);
      const b = await once(kind, projectRoot(), 'on', 18091);
      off.push(a.perSecond);
      on.push(b.perSecond);
      p99 = { off: Math.max(p99.off, a.p99), on: Math.max(p99.on, b.p99) };
      if (a.errors || b.errors) figure(`errors on ${kind}`, `without ${a.errors}, with ${b.errors}`);
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    figure(`intake on ${kind} without the trust layer`, `${mean(off).toFixed(0)} registrations/s (runs ${off.map((x) => x.toFixed(0)).join(', ')}), p99 ≤ ${p99.off} ms`);
    figure(`intake on ${kind} with it (sealer running)`, `${mean(on).toFixed(0)} registrations/s (runs ${on.map((x) => x.toFixed(0)).join(', ')}), p99 ≤ ${p99.on} ms`);
    figure(`ratio with / without on ${kind}`, (mean(on) / mean(off)).toFixed(2), '≥ 0.75');
  }
} finally {
  fs.rmSync(baselineRoot, { recursive: true, force: true });
}
