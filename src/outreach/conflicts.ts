import type { Deps } from '../context.js';
import type { Caller } from '../access/caller.js';
import type { AccessService } from '../access/service.js';
import type { AuditService } from '../audit/service.js';
import type { MatchingService } from '../matching/service.js';
import type { PeopleService } from '../people/service.js';
import { currentValue, type CorrectableField } from '../people/core/corrections.js';
import { Problem } from '../platform/problem.js';
import { conflictViews } from './conflict-views.js';
import { outreachStore } from './store.js';

/**
 * The conflict inbox: the same field changed by two devices (or a device and the office), both
 * values kept with their authors until a supervisor chooses one. Reading it reads people's values,
 * so every list is audited; choosing is a change of the person, audited with the conflict.
 */
export function createConflicts({ store, clock }: Deps, people: PeopleService, matching: MatchingService, audit: AuditService, access: Pick<AccessService, 'displayNames'>) {
  const views = conflictViews(people, access);
  return {
    /** How many wait, for the worklist: a number, so no one's data is read. */
    count: async () => ({ open: await outreachStore.openConflicts(store.db) }),

    async list(caller: Caller, state: 'open' | 'resolved') {
      const items = await views(store.db, await outreachStore.conflicts(store.db, state));
      await audit.recordReads(
        ...items.map((c) => ({ actor: caller.actor, action: 'read', purpose: caller.purpose ?? 'supervision', record: { type: 'person', id: c.personId }, sections: ['identity', 'contact'] })),
      );
      return { items };
    },

    async resolve(caller: Caller, id: string, choose: 'current' | 'proposed') {
      return store.transaction(async (trx) => {
        const conflict = await outreachStore.conflict(trx, id);
        if (!conflict) throw Problem.notFound('conflict');
        if (!(await outreachStore.resolve(trx, id, choose, caller.actor.id, clock.now().toISOString()))) throw new Problem('conflict', { resource: 'conflict' });
        const field = conflict.field as CorrectableField;
        const person = (await people.byIds([conflict.person_id], trx)).get(conflict.person_id);
        if (!person) throw Problem.notFound('person');
        const value = choose === 'proposed' ? conflict.proposed_value : conflict.current_value;
        if (value !== null && currentValue(person, field) !== value) {
          const changed = await people.correct(trx, caller.actor, person, field, value, `conflict:${id}`);
          await matching.refreshKeys(trx, changed);
        }
        await audit.record(trx, { actor: caller.actor, action: 'outreach.conflict.resolve', record: { type: 'person', id: person.id }, sections: ['identity'], detail: { conflict: id, chose: choose } });
        const [resolved] = await views(trx, [(await outreachStore.conflict(trx, id))!]);
        return resolved!;
      });
    },
  };
}

export type Conflicts = ReturnType<typeof createConflicts>;
