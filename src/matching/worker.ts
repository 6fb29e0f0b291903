import { EventEmitter } from 'node:events';
import type { Deps } from '../context.js';
import { paced } from '../platform/paced.js';
import { pollLoop } from '../platform/poll-loop.js';
import type { DuplicateReview } from './duplicates.js';
import { agreements } from './records.js';
import type { MatchingService } from './service.js';
import { matchingStore } from './store.js';

const leaseMs = 60_000;
const indexBatch = 250;

/**
 * The duplicate check after intake runs here, beside the request that took the application: the
 * registrar already saw likely duplicates while typing, and the intake answer does not wait for a
 * registry-wide check. It is paced (see platform/paced.ts): a rush of registrations is not slowed
 * by checking them, and the queue is worked off once the rush is over. Queue rows are claimed
 * under a lease (SKIP LOCKED on PostgreSQL), so several nodes share the work and a node that dies
 * leaves its rows to another.
 */
export function createMatchWorker({ store, clock, log }: Deps, matching: MatchingService, review: DuplicateReview, options: { batchSize?: number; pollMs?: number } = {}) {
  const batchSize = options.batchSize ?? 5;
  const queued = new EventEmitter();

  /** One round: a batch of queued keys indexed, or while none wait, a batch of people checked. */
  async function runOnce(): Promise<number> {
    // Keys first, many people a commit: after a rush every queued person's keys are indexed within
    // seconds, and lookups (the check's own among them) read few keys from the queue.
    const indexed = await store.transaction((trx) => matchingStore.indexQueued(trx, store.dialect, { oldest: indexBatch }));
    if (indexed === indexBatch) return indexed;
    const now = clock.now();
    const claimed = await store.transaction((trx) =>
      matchingStore.claimQueued(trx, store.dialect, now.toISOString(), new Date(now.getTime() + leaseMs).toISOString(), batchSize),
    );
    const checked: { row: (typeof claimed)[number]; found: Awaited<ReturnType<MatchingService['check']>> }[] = [];
    for (const row of claimed) checked.push({ row, found: await matching.check(row.person_id) });
    // One commit for the whole batch: what was found, the keys the queue rows carried, and the
    // queue rows it empties.
    await store.transaction(async (trx) => {
      // Two people of one batch may have found each other: the pair is recorded once, as a check
      // of the second would have skipped it had the first been recorded before it ran.
      const recorded = new Set<string>();
      for (const { row, found } of checked) {
        const fresh = found.filter((m) => !recorded.has(`${m.personId}|${row.person_id}`));
        for (const m of fresh) recorded.add(`${row.person_id}|${m.personId}`);
        const pairs = fresh.map((m) => ({ candidateId: m.personId, probability: m.score.probability, weight: m.score.weight, fields: agreements(m.score.fields) }));
        await review.record(trx, row.person_id, row.application_id, pairs);
      }
      const personIds = checked.map(({ row }) => row.person_id);
      await matchingStore.indexQueued(trx, store.dialect, { personIds });
      await matchingStore.dequeue(trx, personIds);
    });
    return indexed + claimed.length;
  }

  const loop = pollLoop('duplicate check', paced(runOnce), { batchSize, pollMs: options.pollMs ?? 1000, wakeOn: queued, log });
  return {
    runOnce,
    /** Runs rounds until the queue is empty (tests, the CLI). */
    async drain() {
      while ((await runOnce()) > 0);
    },
    wake: () => queued.emit('wake'),
    start: loop.start,
    stop: loop.stop,
  };
}

export type MatchWorker = ReturnType<typeof createMatchWorker>;
