import type { Kysely } from 'kysely';
import { inScope, type Caller } from '../access/caller.js';
import type { AuditService } from '../audit/service.js';
import type { Deps } from '../context.js';
import type { MatchingService } from '../matching/service.js';
import { currentValue, type CorrectableField } from '../people/core/corrections.js';
import type { PeopleService } from '../people/service.js';
import { applicantActor } from '../platform/actor.js';
import { Problem } from '../platform/problem.js';
import type { RegistrationService } from '../registration/service.js';
import { runIdempotent, type IdempotencyClaim } from '../store/idempotency.js';
import { correctionProblems, type CorrectionField } from './core/corrections.js';
import type { ResidentFile } from './resident-file.js';
import type { CorrectionInput, ResidentCorrection, StaffCorrection } from './schemas.js';
import { rightsStore, type CorrectionRow, type RightsTables } from './store.js';

const toResident = (r: CorrectionRow): ResidentCorrection => ({
  id: r.id,
  field: r.field as CorrectionField,
  requestedValue: r.requested_value,
  comment: r.comment,
  state: r.state as ResidentCorrection['state'],
  requestedAt: r.requested_at,
  resolvedAt: r.resolved_at,
  resolutionNote: r.resolution_note,
});

/**
 * Corrections a resident asks for (through the portal) and staff resolve. A request is kept with
 * its outcome — applied or rejected, when, by which role, with a note — and never overwritten: a
 * second request is a second row. Applying one changes the person's record as one more version
 * whose event holds the old and the new value (people/service.ts `correct`), refreshes the lookup
 * keys, and is audited; "other" requests are done by hand and marked applied with a note.
 */
export function createCorrections({ store, clock, ids }: Deps, people: PeopleService, registration: RegistrationService, matching: MatchingService, audit: AuditService) {
  const db = store.db as Kysely<RightsTables>;

  /** The request, if the caller's scope covers the application it was asked through. */
  async function scoped(caller: Caller, id: string, from: Kysely<RightsTables> = db) {
    const row = await rightsStore.correction(from, id);
    const app = row && (await registration.erasure.officeOf(row.application_id));
    if (!row || app === undefined || !inScope(caller, { officeId: app })) throw Problem.notFound('correction');
    return row;
  }

  return {
    async ask(file: ResidentFile, input: CorrectionInput, claim?: IdempotencyClaim): Promise<ResidentCorrection> {
      const errors = correctionProblems(input, clock.now());
      if (errors.length) throw Problem.validation(errors);
      const row: CorrectionRow = {
        id: ids.uuid(),
        person_id: file.applicantId,
        application_id: file.applicationId,
        field: input.field,
        requested_value: input.field === 'other' ? null : input.value,
        comment: input.comment,
        state: 'open',
        requested_at: clock.now().toISOString(),
        resolved_at: null,
        resolved_by: null,
        resolved_role: null,
        resolution_note: null,
        version: 1,
      };
      const { result } = await runIdempotent(store, clock, claim, async (trx) => {
        await rightsStore.insertCorrection(trx as Kysely<RightsTables>, row);
        await audit.record(trx, { actor: applicantActor, action: 'correction.request', purpose: 'data-subject-request', record: { type: 'person', id: row.person_id }, detail: { field: input.field } });
        return toResident(row);
      });
      return result;
    },

    mine: async (file: ResidentFile) => (await rightsStore.correctionsOf(db, file.people)).map(toResident),

    /** Requests in a state, in the caller's scope, each beside the value the record holds now; the read is audited. */
    async list(caller: Caller, state: string, limit: number): Promise<StaffCorrection[]> {
      const rows = await rightsStore.correctionsInState(db, state, limit);
      const offices = new Map(await Promise.all(rows.map(async (r) => [r.id, await registration.erasure.officeOf(r.application_id)] as const)));
      const visible = rows.filter((r) => offices.get(r.id) !== undefined && inScope(caller, { officeId: offices.get(r.id)! }));
      const persons = await people.byIds(visible.map((r) => r.person_id));
      await audit.recordReads(...visible.map((r) => ({ actor: caller.actor, action: 'read', purpose: caller.purpose, record: { type: 'person', id: r.person_id }, sections: ['identity', 'contact'] })));
      return visible.map((r) => {
        const person = persons.get(r.person_id);
        return {
          ...toResident(r),
          personId: r.person_id,
          applicationId: r.application_id,
          currentValue: person && r.field !== 'other' ? currentValue(person, r.field as CorrectableField) : null,
          resolvedRole: r.resolved_role,
          version: r.version,
        };
      });
    },

    /** Applies (the record changes) or rejects a request still open, with a note; audited. */
    async resolve(caller: Caller, id: string, apply: boolean, note: string | null): Promise<ResidentCorrection> {
      await store.transaction(async (trx) => {
        const t = trx as Kysely<RightsTables>;
        const row = await scoped(caller, id, t);
        if (row.state !== 'open') throw new Problem('conflict', { resource: 'correction' }, [], { currentState: row.state });
        if (apply && row.field !== 'other') {
          const person = (await people.byIds([row.person_id], trx)).get(row.person_id);
          if (!person) throw Problem.notFound('person');
          const corrected = await people.correct(trx, caller.actor, person, row.field as CorrectableField, row.requested_value!, row.id);
          await matching.refreshKeys(trx, corrected);
        }
        const resolved = { state: apply ? 'applied' : 'rejected', resolved_at: clock.now().toISOString(), resolved_by: caller.actor.id, resolved_role: caller.actor.role, resolution_note: note };
        if (!(await rightsStore.resolveCorrection(t, id, row.version, resolved))) throw new Problem('version-mismatch');
        await audit.record(trx, {
          actor: caller.actor,
          action: apply ? 'correction.apply' : 'correction.reject',
          record: { type: 'person', id: row.person_id },
          sections: ['identity'],
          detail: { correction: id, field: row.field },
        });
      });
      return toResident((await rightsStore.correction(db, id))!);
    },
  };
}

export type Corrections = ReturnType<typeof createCorrections>;
