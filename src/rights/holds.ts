import type { Kysely } from 'kysely';
import type { Caller } from '../access/caller.js';
import type { AuditService } from '../audit/service.js';
import type { Deps } from '../context.js';
import type { PeopleService } from '../people/service.js';
import { Problem } from '../platform/problem.js';
import type { HoldView } from './schemas.js';
import { rightsStore, type HoldRow, type RightsTables } from './store.js';

const toView = (h: HoldRow): HoldView => ({ id: h.id, personId: h.person_id, reason: h.reason, placedAt: h.placed_at, liftedAt: h.lifted_at });

/**
 * Legal holds: while a person has one (an investigation, a court case, an appeal), nothing of
 * theirs is erased, neither on request nor when a retention period ends. Placing and lifting a
 * hold are audited; holds are kept, lifted ones too, as the record of why data outlived its period.
 */
export function createHolds({ store, clock, ids }: Deps, people: PeopleService, audit: AuditService) {
  const db = store.db as Kysely<RightsTables>;
  return {
    async place(caller: Caller, personId: string, reason: string): Promise<HoldView> {
      if (!(await people.byIds([personId])).has(personId)) throw Problem.notFound('person');
      const row: HoldRow = { id: ids.uuid(), person_id: personId, reason, placed_by: caller.actor.id, placed_at: clock.now().toISOString(), lifted_by: null, lifted_at: null };
      await store.transaction(async (trx) => {
        await rightsStore.insertHold(trx as Kysely<RightsTables>, row);
        await audit.record(trx, { actor: caller.actor, action: 'legal-hold.place', record: { type: 'person', id: personId }, detail: { hold: row.id } });
      });
      return toView(row);
    },

    async lift(caller: Caller, id: string): Promise<HoldView> {
      await store.transaction(async (trx) => {
        const t = trx as Kysely<RightsTables>;
        const hold = await rightsStore.hold(t, id);
        if (!hold) throw Problem.notFound('legal-hold');
        if (!(await rightsStore.liftHold(t, id, caller.actor.id, clock.now().toISOString()))) throw new Problem('conflict', { resource: 'legal-hold' }, [], { reason: 'lifted' });
        await audit.record(trx, { actor: caller.actor, action: 'legal-hold.lift', record: { type: 'person', id: hold.person_id }, detail: { hold: id } });
      });
      return toView((await rightsStore.hold(db, id))!);
    },

    of: async (personId: string) => (await rightsStore.holdsOf(db, personId)).map(toView),
  };
}

export type Holds = ReturnType<typeof createHolds>;
