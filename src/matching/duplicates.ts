import type { Deps } from '../context.js';
import type { Caller } from '../access/caller.js';
import type { AuditService } from '../audit/service.js';
import { restrictPersonView, sectionsShown } from '../people/core/sections.js';
import type { PeopleService } from '../people/service.js';
import { Problem } from '../platform/problem.js';
import type { Executor } from '../store/store.js';
import type { FieldAgreement, DuplicateCandidate } from './schemas.js';
import { matchingStore, type CandidateRow } from './store.js';

/**
 * The review of possible duplicates: a reviewer sees the two records side by side and confirms
 * (the later record is merged into the earlier one, both histories kept) or dismisses (the pair
 * is never flagged again). A wrong merge is undone by unmerging. Nothing merges by itself.
 */
export function createDuplicateReview({ store, clock, ids }: Deps, people: PeopleService, audit: AuditService) {
  async function views(caller: Caller, rows: readonly CandidateRow[]): Promise<DuplicateCandidate[]> {
    const persons = await people.byIds([...new Set(rows.flatMap((r) => [r.person_id, r.candidate_id]))]);
    const out = rows.flatMap((r) => {
      const left = persons.get(r.person_id);
      const right = persons.get(r.candidate_id);
      if (!left || !right) return [];
      return [
        {
          id: r.id,
          state: r.state as DuplicateCandidate['state'],
          score: r.probability,
          applicationId: r.application_id,
          left: restrictPersonView(left, caller.sections),
          right: restrictPersonView(right, caller.sections),
          fields: JSON.parse(r.fields) as FieldAgreement[],
          foundAt: r.found_at,
          decidedAt: r.decided_at,
          version: r.version,
        },
      ];
    });
    const personIds = [...new Set(out.flatMap((d) => [d.left.id, d.right.id]))];
    await audit.recordReads(
      ...personIds.map((id) => ({ actor: caller.actor, action: 'read', purpose: caller.purpose, record: { type: 'person', id }, sections: sectionsShown(caller.sections) })),
    );
    return out;
  }

  async function one(caller: Caller, id: string) {
    const row = await matchingStore.candidate(store.db, id);
    if (!row) throw Problem.notFound('duplicate');
    return (await views(caller, [row]))[0]!;
  }

  return {
    /** Records the candidates the intake check found, to be reviewed, in the caller's transaction. */
    async record(trx: Executor, personId: string, applicationId: string | null, found: { candidateId: string; probability: number; weight: number; fields: FieldAgreement[] }[]) {
      if (!found.length) return;
      const at = clock.now().toISOString();
      await matchingStore.insertCandidates(
        trx,
        found.map((f) => ({
          id: ids.uuid(),
          person_id: personId,
          candidate_id: f.candidateId,
          application_id: applicationId,
          probability: f.probability,
          weight: f.weight,
          fields: JSON.stringify(f.fields),
          state: 'open',
          found_at: at,
          decided_by: null,
          decided_at: null,
          version: 1,
        })),
      );
    },

    async list(caller: Caller, state: string, limit: number, offset: number) {
      const { rows, total } = await matchingStore.list(store.db, state, limit, offset);
      return { total, items: await views(caller, rows) };
    },

    get: one,

    /**
     * Candidates involving any of these people (an application's applicant and household), for
     * readers of the application: the other record may belong to another office, so they see
     * its identity only.
     */
    async forPeople(caller: Caller, personIds: readonly string[]) {
      const identityOnly = { ...caller, sections: caller.sections.filter((s) => s === 'identity') };
      return { items: await views(identityOnly, await matchingStore.forPeople(store.db, personIds)) };
    },

    async confirm(caller: Caller, id: string) {
      await store.transaction(async (trx) => {
        const row = await matchingStore.candidate(trx, id);
        if (!row) throw Problem.notFound('duplicate');
        if (row.state !== 'open') throw new Problem('conflict', { resource: 'duplicate' }, [], { currentState: row.state });
        if (!(await matchingStore.decide(trx, id, row.version, 'confirmed', caller.actor.id, clock.now().toISOString()))) throw new Problem('version-mismatch');
        // The earlier record survives; the later registration is merged into it.
        await people.merge(trx, caller.actor, row.candidate_id, row.person_id, { candidateId: id });
        await audit.record(trx, { actor: caller.actor, action: 'duplicate.confirm', record: { type: 'person', id: row.candidate_id }, detail: { absorbed: row.person_id } });
      });
      return one(caller, id);
    },

    async dismiss(caller: Caller, id: string) {
      await store.transaction(async (trx) => {
        const row = await matchingStore.candidate(trx, id);
        if (!row) throw Problem.notFound('duplicate');
        if (row.state !== 'open') throw new Problem('conflict', { resource: 'duplicate' }, [], { currentState: row.state });
        if (!(await matchingStore.decide(trx, id, row.version, 'dismissed', caller.actor.id, clock.now().toISOString()))) throw new Problem('version-mismatch');
        await audit.record(trx, { actor: caller.actor, action: 'duplicate.dismiss', record: { type: 'person', id: row.person_id }, detail: { candidate: row.candidate_id } });
      });
      return one(caller, id);
    },

    /** Undoes a merge: both records stand apart again exactly as before, and the pair is open for review. */
    async unmerge(caller: Caller, personId: string) {
      await store.transaction(async (trx) => {
        const survivorId = await people.unmerge(trx, caller.actor, personId);
        const pair = (await matchingStore.forPeople(trx, [personId])).find(
          (r) => r.state === 'confirmed' && r.person_id === personId && r.candidate_id === survivorId,
        );
        if (pair) await matchingStore.decide(trx, pair.id, pair.version, 'open', null, clock.now().toISOString());
        await audit.record(trx, { actor: caller.actor, action: 'person.unmerge', record: { type: 'person', id: personId }, detail: { from: survivorId } });
      });
      const person = (await people.byIds([personId])).get(personId);
      if (!person) throw Problem.notFound('person');
      return restrictPersonView(person, caller.sections);
    },
  };
}

export type DuplicateReview = ReturnType<typeof createDuplicateReview>;
