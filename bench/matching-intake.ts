import fs from 'node:fs';
import { projectRoot } from '../src/platform/paths.js';
import { drainAfterRush } from './lib/drain.js';
import { buildRevision, compareIntake, revisionBefore } from './lib/intake-compare.js';
import { figure, header } from './lib/machine.js';
import { pgDatabase } from './lib/postgres.js';
import { ensureBuilt } from './lib/server.js';

/**
 * Issue 3, figure 3 (last part): intake throughput with matching (lookup keys queued with every
 * person, the duplicate check indexing them in the server's background worker) against the build
 * just before matching arrived, alternating in one run. Both run their background workers, as a
 * server does. Matching's work is not gone but moved after the rush: so also how long the check
 * then takes to work off its queue, and what a search costs meanwhile.
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
    const afterRush = async (server: Parameters<typeof drainAfterRush>[0]) => {
      const d = await drainAfterRush(server);
      figure(
        `duplicate check after the rush on ${kind}`,
        `${d.queuedAtEnd} people queued at its end, ${d.drained ? 'worked off' : 'NOT worked off'} in ${d.seconds.toFixed(1)} s; ` +
          `meanwhile ${d.searches} searches, p50 ${d.searchP50.toFixed(1)} ms, p95 ${d.searchP95.toFixed(1)} ms, failures ${d.failures}`,
      );
    };
    const r = await compareIntake(
      kind,
      [
        { label: `without matching (${baselineRev.slice(0, 8)})`, root: baselineRoot, env: { HOMEWARD_WORKER: 'true' } },
        { label: 'with matching (keys + duplicate check)', root: projectRoot(), env: { HOMEWARD_WORKER: 'true' }, afterRush },
      ],
      options,
    );
    const [without, withMatching] = [...r.values()];
    figure(`ratio with / without matching on ${kind}`, (withMatching! / without!).toFixed(2), '≥ 0.80');
  }
} finally {
  fs.rmSync(baselineRoot, { recursive: true, force: true });
}
