import type { Deps } from '../context.js';
import type { PeopleService } from '../people/service.js';
import { registryKeys, type MatchRecord, type ProgressCallback } from './core/index.js';
import { recordOfPerson } from './records.js';
import { matchingStore } from './store.js';

/**
 * Whole-registry work for the command line: every person as a match record (for batch dedup and
 * for matching a partner's list against the registry), and rebuilding every person's lookup keys
 * after the normaliser changed.
 */
export function createRegistryWalks({ store }: Deps, people: PeopleService) {
  return {
    async records(onProgress?: ProgressCallback): Promise<MatchRecord[]> {
      const total = await people.count();
      const out: MatchRecord[] = [];
      for await (const page of people.all()) {
        for (const p of page) if (!p.mergedIntoId) out.push(recordOfPerson(p));
        onProgress?.({ phase: 'prepare', done: out.length, total });
      }
      return out;
    },

    /** Recomputes every person's keys, a page per transaction (an interrupted run is simply run again). */
    async rebuildKeys(onProgress?: (done: number, total: number) => void): Promise<number> {
      const total = await people.count();
      let done = 0;
      for await (const page of people.all(500)) {
        await store.transaction(async (trx) => {
          for (const p of page) await matchingStore.replaceKeys(trx, p.id, registryKeys(recordOfPerson(p)));
        });
        done += page.length;
        onProgress?.(done, total);
      }
      return done;
    },
  };
}
