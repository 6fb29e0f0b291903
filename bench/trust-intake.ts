import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/platform/paths.js';
import { application, intakeServer, runLoad, summary } from './lib/intake-load.js';
import { figure, header } from './lib/machine.js';
import { pgDatabase } from './lib/postgres.js';
import { ensureBuilt, freshDataDir } from './lib/server.js';

/**
 * Issue 4, figure 3: intake throughput with the trust layer on against off, alternating in one run
 * so that the shared machine's load falls on all alike:
 * - on: this build, keys loaded, the audit sealer linking and signing every entry in the background;
 * - off: this build with the sealer off (nothing else of the trust layer is on the intake path);
 * - before: the build of `BENCH_BASELINE_REV` (by default the revision just before the trust
 *   layer), for reference — it also lacks everything else merged since.
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

async function once(kind: 'sqlite' | 'postgres', root: string, label: string, port: number, sealer: boolean) {
  const env: Record<string, string> = { HOMEWARD_DATA_DIR: freshDataDir(`trust-intake-${label}`), HOMEWARD_AUDIT_SEALER: String(sealer) };
  if (kind === 'postgres') env.DATABASE_URL = (await pgDatabase(`homeward_bench_trust_${label}`))!;
  const { server, cookie, officeId } = await intakeServer(env, port, root);
  const result = summary(await runLoad(server.url, '/api/applications', { cookie }, application(officeId), seconds, connections), seconds);
  await server.stop();
  fs.rmSync(env.HOMEWARD_DATA_DIR!, { recursive: true, force: true });
  return result;
}

header(`Intake with the trust layer on vs. off, ${connections} connections, ${seconds} s × ${rounds} each, alternating`);
ensureBuilt();
const baselineRoot = buildBaseline();
try {
  for (const kind of ['sqlite', 'postgres'] as const) {
    if (kind === 'postgres' && !(await pgDatabase('homeward_bench_trust_probe'))) {
      figure('intake on PostgreSQL', 'skipped: no PostgreSQL');
      continue;
    }
    const runs: Record<'before' | 'off' | 'on', number[]> = { before: [], off: [], on: [] };
    const p99: Record<'before' | 'off' | 'on', number> = { before: 0, off: 0, on: 0 };
    for (let r = 0; r < rounds; r++) {
      for (const [label, root, sealer] of [['before', baselineRoot, false], ['off', projectRoot(), false], ['on', projectRoot(), true]] as const) {
        const result = await once(kind, root, label, 18090, sealer);
        runs[label].push(result.perSecond);
        p99[label] = Math.max(p99[label], result.p99);
        if (result.errors) figure(`errors on ${kind} (${label})`, String(result.errors));
      }
    }
    const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
    const line = (label: 'before' | 'off' | 'on') => `${mean(runs[label]).toFixed(0)} registrations/s (runs ${runs[label].map((x) => x.toFixed(0)).join(', ')}), p99 ≤ ${p99[label]} ms`;
    figure(`intake on ${kind}, trust layer on (sealer running)`, line('on'));
    figure(`intake on ${kind}, trust layer off (same build, no sealer)`, line('off'));
    figure(`intake on ${kind}, before the trust layer (${baselineRev.slice(0, 8)})`, line('before'));
    figure(`ratio on / off on ${kind}`, (mean(runs.on) / mean(runs.off)).toFixed(2), '≥ 0.75');
    figure(`ratio on / before on ${kind}`, (mean(runs.on) / mean(runs.before)).toFixed(2), '≥ 0.75');
  }
} finally {
  fs.rmSync(baselineRoot, { recursive: true, force: true });
}
