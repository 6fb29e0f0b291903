import type { Actor } from '../platform/actor.js';
import type { Clock } from '../platform/clock.js';
import { Problem } from '../platform/problem.js';
import type { Executor } from '../store/store.js';
import { peopleStore, type PersonEventRow } from './store.js';

/**
 * Merging two records of one person, and undoing it. Nothing is deleted or rewritten: the
 * absorbed record points at the one it was merged into, and both records' event logs say so; the
 * surviving record keeps the absorbed one's names as aliases so the person is found by them.
 * Unmerging clears the pointer and the aliases that merge added, which restores both exactly.
 */
export function createMerges(clock: Clock) {
  async function load(trx: Executor, id: string) {
    const rows = (await peopleStore.peopleByIds(trx, [id])).get(id);
    if (!rows) throw Problem.notFound('person');
    return rows.person;
  }

  const event = (personId: string, version: number, type: string, actor: Actor, at: string, payload: object): PersonEventRow => ({
    person_id: personId,
    version,
    type,
    actor_id: actor.id,
    actor_role: actor.role,
    at,
    payload: JSON.stringify(payload),
  });

  return {
    async merge(trx: Executor, actor: Actor, survivorId: string, absorbedId: string, reason: { candidateId: string }) {
      if (survivorId === absorbedId) throw new Problem('conflict', { resource: 'person' });
      const [survivor, absorbed] = [await load(trx, survivorId), await load(trx, absorbedId)];
      if (survivor.merged_into_id || absorbed.merged_into_id) throw new Problem('conflict', { resource: 'person' }, [], { reason: 'already-merged' });
      const at = clock.now().toISOString();
      const moved =
        (await peopleStore.setMergedInto(trx, absorbedId, survivorId, absorbed.version, at)) &&
        (await peopleStore.bumpVersion(trx, survivorId, survivor.version, at));
      if (!moved) throw new Problem('version-mismatch');
      await peopleStore.insertEvents(trx, [
        event(absorbedId, absorbed.version + 1, 'merged-into', actor, at, { survivorId, ...reason }),
        event(survivorId, survivor.version + 1, 'absorbed', actor, at, { absorbedId, ...reason }),
      ]);
      await peopleStore.insertAlias(trx, {
        person_id: survivorId,
        source_person_id: absorbedId,
        given_name: absorbed.given_name,
        patronymic: absorbed.patronymic,
        family_name: absorbed.family_name,
      });
    },

    /** Undoes the merge of `absorbedId` into the record it points at; returns that record's id. */
    async unmerge(trx: Executor, actor: Actor, absorbedId: string): Promise<string> {
      const absorbed = await load(trx, absorbedId);
      const survivorId = absorbed.merged_into_id;
      if (!survivorId) throw new Problem('conflict', { resource: 'person' }, [], { reason: 'not-merged' });
      const survivor = await load(trx, survivorId);
      const at = clock.now().toISOString();
      const moved =
        (await peopleStore.setMergedInto(trx, absorbedId, null, absorbed.version, at)) &&
        (await peopleStore.bumpVersion(trx, survivorId, survivor.version, at));
      if (!moved) throw new Problem('version-mismatch');
      await peopleStore.insertEvents(trx, [
        event(absorbedId, absorbed.version + 1, 'unmerged', actor, at, { survivorId }),
        event(survivorId, survivor.version + 1, 'released', actor, at, { absorbedId }),
      ]);
      await peopleStore.deleteAlias(trx, survivorId, absorbedId);
      return survivorId;
    },
  };
}
