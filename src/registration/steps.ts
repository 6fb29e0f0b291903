import type { Deps } from '../context.js';
import { inScope, type Caller } from '../access/caller.js';
import type { AuditService } from '../audit/service.js';
import type { NotificationsService } from '../notifications/service.js';
import type { PeopleService } from '../people/service.js';
import { Problem } from '../platform/problem.js';
import { runIdempotent, type IdempotencyClaim } from '../store/idempotency.js';
import { isUniqueViolation, type Executor } from '../store/store.js';
import { nextState, type State, type StepType } from './core/lifecycle.js';
import { eventForState, recipientOf } from './core/notify.js';
import { actionRow, receiptOf } from './core/rows.js';
import type { ApplicationReceipt, StepRequest } from './schemas.js';
import { registrationStore } from './store.js';

/**
 * Moving an application along its lifecycle: review, requests for information, decisions,
 * documents, withdrawal. Each step is checked by the state machine, applied only to the version
 * the caller saw (If-Match), appended as an action, told to the applicant and audited — in one
 * transaction.
 */
export function createSteps(deps: Deps, people: PeopleService, notifications: NotificationsService, audit: AuditService) {
  const { store, clock, ids } = deps;

  async function apply(trx: Executor, caller: Caller, id: string, type: StepType, expectedVersion: number, input: StepRequest, channel: string) {
    const app = await registrationStore.application(trx, id);
    if (!app || !inScope(caller, { officeId: app.office_id, applicationId: app.id })) throw Problem.notFound('application');
    if (app.version !== expectedVersion) {
      throw new Problem('version-mismatch', {}, [], { currentVersion: app.version, currentState: app.state });
    }
    const next = nextState(app.state as State, type, input);
    if (typeof next !== 'string') {
      if (next.kind === 'illegal') throw new Problem('illegal-transition', { state: next.state }, [], { currentState: next.state, step: type });
      throw Problem.field(`/${next.field}`, next.rule);
    }
    const at = clock.now().toISOString();
    const action = actionRow(id, app.version + 1, type, next, caller.actor, channel, at, input.reasonCode ?? null, input.comment?.trim() || null);
    if (!(await registrationStore.appendAction(trx, action, app.version))) {
      throw new Problem('version-mismatch', {}, [], { currentVersion: app.version + 1 });
    }
    const event = eventForState[next];
    const applicant = (await people.byIds([app.applicant_id], trx)).get(app.applicant_id);
    const recipient = applicant && recipientOf(applicant);
    if (event && recipient && app.reference) {
      await notifications.enqueue(trx, [
        {
          subject: { type: 'application', id },
          event,
          recipient,
          params: { reference: app.reference, ...(action.comment ? { comment: action.comment } : {}), ...(action.reason_code ? { reasonCode: action.reason_code } : {}) },
        },
      ]);
    }
    await audit.record(trx, { actor: caller.actor, action: `application.${type}`, record: { type: 'application', id }, detail: { state: next } });
    return receiptOf({ ...app, state: next, version: action.version, updated_at: at });
  }

  return {
    async take(
      caller: Caller,
      id: string,
      type: StepType,
      expectedVersion: number,
      input: StepRequest,
      claim?: IdempotencyClaim,
      channel = 'console',
    ): Promise<{ result: ApplicationReceipt; replayed: boolean }> {
      try {
        const outcome = await runIdempotent(store, clock, claim, (trx) => apply(trx, caller, id, type, expectedVersion, input, channel));
        if (!outcome.replayed) notifications.wake();
        return outcome;
      } catch (e) {
        // Two steps raced on the same version: the store's unique (application, version) refused one.
        if (isUniqueViolation(e)) throw new Problem('version-mismatch', {}, [], { currentVersion: expectedVersion + 1 });
        throw e;
      }
    },
  };
}

export type Steps = ReturnType<typeof createSteps>;
