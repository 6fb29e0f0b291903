import fs from 'node:fs';
import { projectRoot } from '../src/platform/paths.js';
import { buildRevision, compareIntake, revisionBefore } from './lib/intake-compare.js';
import { figure, header } from './lib/machine.js';
import { pgDatabase } from './lib/postgres.js';
import { ensureBuilt } from './lib/server.js';

/**
 * Issue 4, figure 3: intake throughput with the trust layer on against off, alternating in one run:
 * - on: this build, keys loaded, the audit sealer linking and signing every entry in the background;
 * - off: this build with the sealer off (nothing else of the trust layer is on the intake path);
 * - before: the build of `BENCH_BASELINE_REV` (by default the revision just before the trust
 *   layer), for reference — it also lacks everything else merged since.
 */
const options = { seconds: Number(process.env.BENCH_SECONDS ?? 15), connections: 50, rounds: 2 };
const baselineRev = process.env.BENCH_BASELINE_REV ?? revisionBefore('src/keys/service.ts');

header(`Intake with the trust layer on vs. off, ${options.connections} connections, ${options.seconds} s × ${options.rounds} each, alternating`);
ensureBuilt();
const baselineRoot = buildRevision(baselineRev);
try {
  for (const kind of ['sqlite', 'postgres'] as const) {
    if (kind === 'postgres' && !(await pgDatabase('homeward_bench_trust_probe'))) {
      figure('intake on PostgreSQL', 'skipped: no PostgreSQL');
      continue;
    }
    const r = await compareIntake(
      kind,
      [
        { label: `before the trust layer (${baselineRev.slice(0, 8)})`, root: baselineRoot, env: { HOMEWARD_AUDIT_SEALER: 'false' } },
        { label: 'trust layer off (same build, no sealer)', root: projectRoot(), env: { HOMEWARD_AUDIT_SEALER: 'false' } },
        { label: 'trust layer on (sealer running)', root: projectRoot(), env: { HOMEWARD_AUDIT_SEALER: 'true' } },
      ],
      options,
    );
    const [before, off, on] = [...r.values()];
    figure(`ratio on / off on ${kind}`, (on! / off!).toFixed(2), '≥ 0.75');
    figure(`ratio on / before on ${kind}`, (on! / before!).toFixed(2), '≥ 0.75');
  }
} finally {
  fs.rmSync(baselineRoot, { recursive: true, force: true });
}
