import fs from 'node:fs';
import { projectRoot } from '../src/platform/paths.js';
import { buildRevision, compareIntake, revisionBefore } from './lib/intake-compare.js';
import { figure, header } from './lib/machine.js';
import { pgDatabase } from './lib/postgres.js';
import { ensureBuilt } from './lib/server.js';

/**
 * Issue 3, figure 3 (last part): intake throughput with matching (lookup keys written with every
 * person, the duplicate check running in the server's background worker) against the build just
 * before matching arrived, alternating in one run. Both run their background workers, as a
 * server does.
 */
const options = { seconds: Number(process.env.BENCH_SECONDS ?? 15), connections: 50, rounds: 2 };
const baselineRev = process.env.BENCH_BASELINE_REV ?? revisionBefore('src/matching/service.ts');

header(`Intake with matching vs. without, ${options.connections} connections, ${options.seconds} s × ${options.rounds} each, alternating`);
ensureBuilt();
const baselineRoot = buildRevision(baselineRev);
try {
  for (const kind of ['sqlite', 'postgres'] as const) {
    if (kind === 'postgres' && !(await pgDatabase('homeward_bench_matching_probe'))) {
      figure('intake on PostgreSQL', 'skipped: no PostgreSQL');
      continue;
    }
    const r = await compareIntake(
      kind,
      [
        { label: `without matching (${baselineRev.slice(0, 8)})`, root: baselineRoot, env: { HOMEWARD_WORKER: 'true' } },
        { label: 'with matching (keys + duplicate check)', root: projectRoot(), env: { HOMEWARD_WORKER: 'true' } },
      ],
      options,
    );
    const [without, withMatching] = [...r.values()];
    figure(`ratio with / without matching on ${kind}`, (withMatching! / without!).toFixed(2), '≥ 0.80');
  }
} finally {
  fs.rmSync(baselineRoot, { recursive: true, force: true });
}
