import type { Deps } from '../context.js';
import type { Caller } from '../access/caller.js';
import type { AuditService } from '../audit/service.js';
import type { MatchingService } from '../matching/service.js';
import type { PeopleService } from '../people/service.js';
import { currentValue, type CorrectableField } from '../people/core/corrections.js';
import { Problem } from '../platform/problem.js';
import type { ConflictView } from './schemas.js';
import { outreachStore, type ConflictRow } from './store.js';

const view = (c: ConflictRow): ConflictView => ({
  id: c.id,
  personId: c.person_id,
  field: c.field,
  baseVersion: c.base_version,
  current: { value: c.current_value, author: c.current_author },
  proposed: { value: c.proposed_value, author: c.proposed_author },
  state: c.state as ConflictView['state'],
  createdAt: c.created_at,
  chosen: c.chosen as ConflictView['chosen'],
});

/**
 * The conflict inbox: the same field changed by two devices (or a device and the office), both
 * values kept with their authors until a supervisor chooses one. Reading it reads people's values,
 * so every list is audited; choosing is a change of the person, audited with the conflict.
 */
export function createConflicts({ store, clock }: Deps, people: PeopleService, matching: MatchingService, audit: AuditService) {
  return {
    async list(caller: Caller, state: 'open' | 'resolved') {
      const items = (await outreachStore.conflicts(store.db, state)).map(view);
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
        return view((await outreachStore.conflict(trx, id))!);
      });
    },
  };
}

export type Conflicts = ReturnType<typeof createConflicts>;
