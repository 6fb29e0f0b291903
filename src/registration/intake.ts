import type { Deps } from '../context.js';
import { inScope, type Caller } from '../access/caller.js';
import type { AuditService } from '../audit/service.js';
import type { NotificationsService } from '../notifications/service.js';
import type { OfficesService } from '../offices/service.js';
import type { PeopleService } from '../people/service.js';
import { localDay } from '../platform/local-day.js';
import { Problem, type FieldError } from '../platform/problem.js';
import { findResult, idempotencyRowSet, type IdempotencyClaim, type IdempotentResult } from '../store/idempotency.js';
import type { RowSet } from '../store/row-sets.js';
import { isUniqueViolation } from '../store/store.js';
import { makeReference } from './core/reference.js';
import { recipientOf } from './core/notify.js';
import { actionRow, receiptOf } from './core/rows.js';
import type { ApplicationCreate, ApplicationReceipt, Channel } from './schemas.js';
import { applicationRowSets, registrationStore, type ApplicationRow } from './store.js';

/** An application as it arrives through any channel, once the channel's own rules were applied. */
export interface Submission extends Omit<ApplicationCreate, 'channel' | 'officeId' | 'outreachEventId'> {
  channel: Channel;
  officeId: string | null;
  outreachEventId: string | null;
}

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
 * Intake: a person applies, and gets a reference number. Everything the application consists of —
 * the applicant and household, the application, its 'submitted' and 'received' actions, the
 * message telling the applicant, the audit entry and the idempotency key — is one set of rows,
 * committed together (in a group commit with other intakes) and only then acknowledged.
 */
export function createIntake(
  deps: Deps,
  people: PeopleService,
  offices: OfficesService,
  notifications: NotificationsService,
  audit: AuditService,
) {
  const { store, clock, ids, config } = deps;

  async function validate(input: Submission) {
    const errors: FieldError[] = await people.problems([
      { input: input.applicant, pointer: '/applicant' },
      ...input.household.map((m, i) => ({ input: m, pointer: `/household/${i}` })),
    ]);
    if (errors.length) throw Problem.validation(errors);
  }

  function plan(caller: Caller, input: Submission): { sets: RowSet[]; receipt: ApplicationReceipt } {
    const now = clock.now();
    const at = now.toISOString();
    const applicant = people.planCreate(caller.actor, input.applicant);
    const members = input.household.map(({ relationship, ...person }) => ({ relationship, ...people.planCreate(caller.actor, person) }));
    const household = members.length
      ? people.planHousehold(applicant.person.id, members.map((m) => ({ personId: m.person.id, relationship: m.relationship })))
      : undefined;

    const id = input.id ?? ids.uuid();
    const app: ApplicationRow = {
      id,
      reference: makeReference((n) => ids.bytes(n)),
      type: input.type,
      channel: input.channel,
      office_id: input.officeId,
      outreach_event_id: input.outreachEventId,
      applicant_id: applicant.person.id,
      household_id: household?.id ?? null,
      intake_user_id: caller.subject?.userId ?? null,
      wishes_to_reside: input.declarations.wishesToReside ? 1 : 0,
      wishes_citizenship: input.declarations.wishesCitizenship ? 1 : 0,
      notice_version: input.informationNotice.version,
      notice_language: input.informationNotice.language,
      notice_mode: input.informationNotice.mode,
      state: 'received',
      version: 2,
      created_on: localDay(now, config.timeZone),
      created_at: at,
      updated_at: at,
    };
    const recipient = recipientOf(applicant.person);
    const sets = [
      ...applicant.sets,
      ...members.flatMap((m) => m.sets),
      ...(household?.sets ?? []),
      ...applicationRowSets(app, [
        actionRow(ids.uuid(), id, 1, 'submit', 'submitted', caller.actor, input.channel, at),
        actionRow(ids.uuid(), id, 2, 'receive', 'received', caller.actor, input.channel, at),
      ]),
      notifications.rows(
        recipient ? [{ subject: { type: 'application', id }, event: 'received', recipient, params: { reference: app.reference! } }] : [],
      ),
      audit.rows({
        actor: caller.actor,
        action: 'application.submit',
        record: { type: 'application', id },
        sections: ['identity', 'contact', 'documents'],
        detail: { channel: input.channel, householdSize: members.length + 1 },
      }),
    ];
    return { sets, receipt: receiptOf(app) };
  }

  /**
   * Writes the application once per idempotency key. A random reference can, very rarely, collide
   * with an existing one: then the rows are planned again with a new draw.
   */
  async function writeOnce(caller: Caller, input: Submission, claim: IdempotencyClaim | undefined): Promise<IdempotentResult<ApplicationReceipt>> {
    for (let attempt = 1; ; attempt++) {
      if (claim) {
        const earlier = await findResult<ApplicationReceipt>(store.db, claim);
        if (earlier) return earlier;
      }
      const { sets, receipt } = plan(caller, input);
      try {
        await store.batch.write(claim ? [...sets, idempotencyRowSet(claim, receipt, receipt.createdAt)] : sets);
        notifications.wake();
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

    /** Intake through a channel that decided the site itself (the portal; offline sync). */
    async submitFrom(caller: Caller, submission: Submission, claim?: IdempotencyClaim) {
      await validate(submission);
      return writeOnce(caller, submission, claim);
    },
  };
}

export type Intake = ReturnType<typeof createIntake>;
