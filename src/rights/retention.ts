import type { Deps } from '../context.js';
import { systemActor } from '../platform/actor.js';
import { pollLoop } from '../platform/poll-loop.js';
import type { RegistrationService } from '../registration/service.js';
import { retentionCutoffs } from './core/retention.js';
import type { Erasure } from './erasure.js';

/** Retention is a matter of years: once an hour is soon enough, and costs nothing between rounds. */
const roundEveryMs = 60 * 60_000;
const page = 100;

/**
 * The retention job (issue 4), run by every node that runs workers: each round finishes
 * interrupted erasures, withdraws expired export files, and anonymises every closed application
 * whose period (HOMEWARD_RETENTION_YEARS, by final state) has passed since its last action —
 * unless a legal hold keeps it. Several nodes may run it at once: an erasure covers each person
 * and application once (the store refuses a second), so the loser of a race only finds it done.
 */
export function createRetention(deps: Deps, registration: RegistrationService, erasure: Erasure, expireExports: () => Promise<number>) {
  const { clock, config, log } = deps;

  async function runOnce(): Promise<{ anonymised: number; held: number; failed: number; resumed: number; exportsExpired: number }> {
    const resumed = await erasure.resume();
    const exportsExpired = await expireExports();
    const cutoffs = retentionCutoffs(clock.now(), config.retentionYears);
    let anonymised = 0;
    const held = new Set<string>();
    const failed = new Set<string>();
    // Held applications stay due: they are counted and skipped, and the walk goes past them. One
    // that fails is left for the next round (an erasure that got half way is resumed there).
    for (;;) {
      const due = (await registration.erasure.expired(cutoffs, page + held.size + failed.size)).filter((a) => !held.has(a.id) && !failed.has(a.id));
      if (!due.length) break;
      for (const app of due) {
        try {
          if ((await erasure.expireApplication({ actor: systemActor, reason: 'retention', note: null }, app.id)) === 'held') held.add(app.id);
          else anonymised++;
        } catch (err) {
          failed.add(app.id);
          log.warn({ err, application: app.id }, 'retention: anonymising an application failed; it is tried again next round');
        }
      }
    }
    if (anonymised || held.size || failed.size) log.info({ anonymised, held: held.size, failed: failed.size }, 'retention round');
    return { anonymised, held: held.size, failed: failed.size, resumed, exportsExpired };
  }

  const loop = pollLoop('retention', async () => (await runOnce(), 0), { batchSize: 1, pollMs: roundEveryMs, log });
  return { runOnce, start: loop.start, stop: loop.stop };
}

export type Retention = ReturnType<typeof createRetention>;
