import type { Kysely } from 'kysely';
import type { Caller } from '../access/caller.js';
import type { AuditService } from '../audit/service.js';
import type { Deps } from '../context.js';
import { applicantActor } from '../platform/actor.js';
import { Problem } from '../platform/problem.js';
import { runIdempotent, type IdempotencyClaim } from '../store/idempotency.js';
import { isUniqueViolation } from '../store/store.js';
import type { ResidentFile } from './resident-file.js';
import type { ResidentErasureRequest, StaffErasureRequest } from './schemas.js';
import { rightsStore, type ErasureRequestRow, type RightsTables } from './store.js';

const toResident = (r: ErasureRequestRow): ResidentErasureRequest => ({
  id: r.id,
  state: r.state as ResidentErasureRequest['state'],
  requestedAt: r.requested_at,
  decidedAt: r.decided_at,
  decisionNote: r.decision_note,
});

const toStaff = (r: ErasureRequestRow): StaffErasureRequest => ({
  ...toResident(r),
  personId: r.person_id,
  applicationId: r.application_id,
  erasureId: r.erasure_id,
  decidedRole: r.decided_role,
  version: r.version,
});

/**
 * Erasure asked for by residents on the portal. The request waits for the data-protection
 * officer, who sees ids and times only (no personal data, as with every erasure) and either
 * erases the person through the one erasure (rights/erasure.ts: legal holds apply, and the erasure
 * answers the request in its own transaction) or refuses with a note the resident reads. A
 * resident has one open request at a time.
 */
export function createErasureRequests({ store, clock, ids }: Deps, audit: AuditService) {
  const db = store.db as Kysely<RightsTables>;

  return {
    async ask(file: ResidentFile, claim?: IdempotencyClaim): Promise<ResidentErasureRequest> {
      const row: ErasureRequestRow = {
        id: ids.uuid(),
        person_id: file.applicantId,
        application_id: file.applicationId,
        state: 'open',
        requested_at: clock.now().toISOString(),
        decided_at: null,
        decided_by: null,
        decided_role: null,
        decision_note: null,
        erasure_id: null,
        version: 1,
      };
      try {
        const { result } = await runIdempotent(store, clock, claim, async (trx) => {
          await rightsStore.insertErasureRequest(trx as Kysely<RightsTables>, row);
          await audit.record(trx, { actor: applicantActor, action: 'erasure.request', purpose: 'data-subject-request', record: { type: 'person', id: row.person_id } });
          return toResident(row);
        });
        return result;
      } catch (e) {
        if (isUniqueViolation(e)) throw new Problem('conflict', { resource: 'erasure-request' }, [], { currentState: 'open' });
        throw e;
      }
    },

    mine: async (file: ResidentFile) => (await rightsStore.erasureRequestsOf(db, file.people)).map(toResident),

    list: async (state: string, limit: number) => (await rightsStore.erasureRequestsInState(db, state, limit)).map(toStaff),

    /** Refuses a request still open, with the reason the resident will read; audited. */
    async refuse(caller: Caller, id: string, note: string): Promise<StaffErasureRequest> {
      await store.transaction(async (trx) => {
        const t = trx as Kysely<RightsTables>;
        const row = await rightsStore.erasureRequest(t, id);
        if (!row) throw Problem.notFound('erasure-request');
        if (row.state !== 'open') throw new Problem('conflict', { resource: 'erasure-request' }, [], { currentState: row.state });
        const decided = { state: 'refused', decided_at: clock.now().toISOString(), decided_by: caller.actor.id, decided_role: caller.actor.role, decision_note: note };
        if (!(await rightsStore.decideErasureRequest(t, id, row.version, decided))) throw new Problem('version-mismatch');
        await audit.record(trx, { actor: caller.actor, action: 'erasure.refuse', record: { type: 'person', id: row.person_id }, detail: { request: id } });
      });
      return toStaff((await rightsStore.erasureRequest(db, id))!);
    },
  };
}

export type ErasureRequests = ReturnType<typeof createErasureRequests>;
