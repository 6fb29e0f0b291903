import type { Deps } from '../context.js';
import { inScope, type Caller } from '../access/caller.js';
import type { NotificationsService } from '../notifications/service.js';
import type { OfficesService } from '../offices/service.js';
import type { MatchWorker } from '../matching/worker.js';
import type { PeopleService } from '../people/service.js';
import { Problem, type FieldError } from '../platform/problem.js';
import { findResult, idempotencyRowSet, type IdempotencyClaim, type IdempotentResult } from '../store/idempotency.js';
import { isUniqueViolation } from '../store/store.js';
import type { Planner, Submission } from './plan.js';
import type { ApplicationCreate, ApplicationReceipt } from './schemas.js';
import { registrationStore } from './store.js';

/** Where the application was taken; a registrar may take applications only for their own office. */
async function resolveSite(offices: OfficesService, caller: Caller, input: ApplicationCreate) {
  if (input.channel === 'reception') {
    const officeId = input.officeId ?? caller.subject?.officeId;
    if (!officeId) throw Problem.field('/officeId', 'channel.requires-site', { channel: 'reception', site: 'officeId' });
    const office = await offices.office(officeId);
    if (!office) throw Problem.field('/officeId', 'office.unknown');
    if (!inScope(caller, { officeId: office.id, districtId: office.districtId })) throw Problem.forbidden('scope');
    return { officeId: office.id, outreachEventId: null };
  }
  if (!input.outreachEventId) throw Problem.field('/outreachEventId', 'channel.requires-site', { channel: 'outreach', site: 'outreachEventId' });
  const event = await offices.outreachEvent(input.outreachEventId);
  if (!event) throw Problem.field('/outreachEventId', 'outreach-event.unknown');
  if (!inScope(caller, { officeId: event.officeId, districtId: event.districtId })) throw Problem.forbidden('scope');
  return { officeId: event.officeId, outreachEventId: event.id };
}

/**
 * Intake: a person applies, and gets a reference number. Everything the application consists of
 * (see plan.ts) and its idempotency key are one set of rows, committed together — in a group
 * commit with other intakes — and only then acknowledged.
 */
export function createIntake(deps: Deps, planner: Planner, people: PeopleService, offices: OfficesService, notifications: NotificationsService, matchWorker: MatchWorker) {
  const { store } = deps;

  async function validate(input: Submission) {
    const errors: FieldError[] = await people.problems([
      { input: input.applicant, pointer: '/applicant' },
      ...input.household.map((m, i) => ({ input: m, pointer: `/household/${i}` })),
    ]);
    if (errors.length) throw Problem.validation(errors);
  }

  /**
   * Writes the application once per idempotency key. A random reference can, very rarely, collide
   * with an existing one: then the rows are planned again with a new draw. A reference handed out
   * beforehand (an offline device's) is tried first, and replaced only if it was taken meanwhile.
   */
  async function writeOnce(caller: Caller, input: Submission, claim: IdempotencyClaim | undefined, reference?: string): Promise<IdempotentResult<ApplicationReceipt>> {
    for (let attempt = 1; ; attempt++) {
      if (claim) {
        const earlier = await findResult<ApplicationReceipt>(store.db, claim);
        if (earlier) return earlier;
      }
      const { sets, receipt } = planner.planSubmission(caller, input, reference && attempt === 1 ? { drawReference: () => reference } : {});
      try {
        await store.batch.write(claim ? [...sets, idempotencyRowSet(claim, receipt, receipt.createdAt)] : sets);
        notifications.wake();
        matchWorker.wake();
        return { result: receipt, replayed: false };
      } catch (e) {
        if (!isUniqueViolation(e)) throw e;
        const winner = claim && (await findResult<ApplicationReceipt>(store.db, claim));
        if (winner) return winner;
        if (input.id && (await registrationStore.application(store.db, input.id))) throw new Problem('conflict', { resource: 'application' });
        if (attempt >= 3) throw e;
      }
    }
  }

  return {
    /** Staff intake at a reception office or an outreach reception. */
    async submit(caller: Caller, input: ApplicationCreate, claim?: IdempotencyClaim) {
      const site = await resolveSite(offices, caller, input);
      const submission: Submission = { ...input, ...site };
      await validate(submission);
      return writeOnce(caller, submission, claim);
    },

    /** Intake through a channel that decided the site itself (the portal; offline sync, with the reference the device gave). */
    async submitFrom(caller: Caller, submission: Submission, claim?: IdempotencyClaim, reference?: string) {
      await validate(submission);
      return writeOnce(caller, submission, claim, reference);
    },
  };
}

export type Intake = ReturnType<typeof createIntake>;
