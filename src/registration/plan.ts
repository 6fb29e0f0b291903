import type { Deps } from '../context.js';
import type { Caller } from '../access/caller.js';
import type { AuditService } from '../audit/service.js';
import type { NotificationRequest, NotificationsService } from '../notifications/service.js';
import type { MatchingService } from '../matching/service.js';
import type { PeopleService } from '../people/service.js';
import type { Actor } from '../platform/actor.js';
import { localDay } from '../platform/local-day.js';
import type { RowSet } from '../store/row-sets.js';
import { nextState, type State, type StepType } from './core/lifecycle.js';
import { eventForState, recipientOf } from './core/notify.js';
import { makeReference } from './core/reference.js';
import { actionRow, receiptOf } from './core/rows.js';
import type { ApplicationCreate, ApplicationReceipt, Channel } from './schemas.js';
import { applicationRowSets, type ActionRow, type ApplicationRow } from './store.js';

/** An application as it arrives through any channel, once the channel's own rules were applied. */
export interface Submission extends Omit<ApplicationCreate, 'channel' | 'officeId' | 'outreachEventId'> {
  channel: Channel;
  officeId: string | null;
  outreachEventId: string | null;
}

/** A later step in an application's life, for loading history recorded elsewhere (or demo data). */
export interface HistoryStep {
  type: StepType;
  actor: Actor;
  at: Date;
  reasonCode?: string;
  comment?: string;
}

export interface PlanOptions {
  /** When the application was made (now, unless history is being loaded). */
  at?: Date;
  history?: HistoryStep[];
  /** The messages of loaded history were delivered at the time (so none is sent now). */
  historyAlreadyTold?: boolean;
  /** Draws the reference number (bulk loading draws its own to avoid collisions within a load). */
  drawReference?: () => string;
  /** Queue the people for the duplicate check after intake (bulk loads of known-unique people need not). */
  checkDuplicates?: boolean;
  /** Write the people's lookup keys to the index now, rather than leave that to their check (bulk loads). */
  indexKeysNow?: boolean;
}

/**
 * The rows that make up a new application: the applicant and household, the application, its
 * actions, the messages telling the applicant, and the audit entries. Planning is separate from
 * writing so that many applications can be committed together (group commit, bulk loading), and
 * every state the history passes through is checked by the lifecycle's state machine.
 */
export function createPlanner({ clock, ids, config }: Deps, people: PeopleService, notifications: NotificationsService, audit: AuditService, matching: MatchingService) {
  return {
    planSubmission(caller: Caller, input: Submission, options: PlanOptions = {}): { sets: RowSet[]; receipt: ApplicationReceipt } {
      const now = options.at ?? clock.now();
      const at = now.toISOString();
      const applicant = people.planCreate(caller.actor, input.applicant, now);
      const members = input.household.map(({ relationship, ...person }) => ({ relationship, ...people.planCreate(caller.actor, person, now) }));
      const household = members.length
        ? people.planHousehold(applicant.person.id, members.map((m) => ({ personId: m.person.id, relationship: m.relationship })), now)
        : undefined;

      const id = input.id ?? ids.uuid();
      const reference = options.drawReference?.() ?? makeReference((n) => ids.bytes(n));
      const actions: ActionRow[] = [
        actionRow(id, 1, 'submit', 'submitted', caller.actor, input.channel, at),
        actionRow(id, 2, 'receive', 'received', caller.actor, input.channel, at),
      ];
      const recipient = recipientOf(applicant.person);
      const messages: NotificationRequest[] = [];
      const tell = (state: State, when: Date, extra: { comment?: string; reasonCode?: string } = {}) => {
        const event = eventForState[state];
        if (!event || !recipient) return;
        messages.push({
          subject: { type: 'application', id },
          event,
          recipient,
          params: { reference, ...extra },
          ...(options.historyAlreadyTold ? { sentAt: when } : {}),
        });
      };
      tell('received', now);
      const audits = [
        audit.rowsAt(now, {
          actor: caller.actor,
          action: 'application.submit',
          record: { type: 'application', id },
          sections: ['identity', 'contact', 'documents'],
          detail: { channel: input.channel, householdSize: members.length + 1 },
        }),
      ];

      let state: State = 'received';
      let updatedAt = at;
      for (const step of options.history ?? []) {
        const next = nextState(state, step.type, step);
        if (typeof next !== 'string') throw new Error(`history step ${step.type} is not possible from ${state}`);
        const stepAt = step.at.toISOString();
        actions.push(actionRow(id, actions.length + 1, step.type, next, step.actor, 'console', stepAt, step.reasonCode ?? null, step.comment ?? null));
        tell(next, step.at, { ...(step.comment ? { comment: step.comment } : {}), ...(step.reasonCode ? { reasonCode: step.reasonCode } : {}) });
        audits.push(audit.rowsAt(step.at, { actor: step.actor, action: `application.${step.type}`, record: { type: 'application', id }, detail: { state: next } }));
        state = next;
        updatedAt = stepAt;
      }

      const app: ApplicationRow = {
        id,
        reference,
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
        state,
        version: actions.length,
        created_on: localDay(now, config.timeZone),
        created_at: at,
        updated_at: updatedAt,
      };
      const findable = [applicant.person, ...members.map((m) => m.person)].flatMap((person) =>
        matching.rowsFor(person, { check: options.checkDuplicates ?? true, indexNow: options.indexKeysNow ?? false, applicationId: id, at }),
      );
      const sets = [
        ...applicant.sets,
        ...members.flatMap((m) => m.sets),
        ...(household?.sets ?? []),
        ...applicationRowSets(app, actions),
        notifications.rows(messages, now),
        ...audits,
        ...findable,
      ];
      return { sets, receipt: receiptOf(app) };
    },
  };
}

export type Planner = ReturnType<typeof createPlanner>;
