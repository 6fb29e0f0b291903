import type { Kysely } from 'kysely';
import type { Deps } from '../context.js';
import { applicantCaller } from '../access/caller.js';
import type { AuditService } from '../audit/service.js';
import type { NotificationsService } from '../notifications/service.js';
import type { PeopleService } from '../people/service.js';
import { applicantActor } from '../platform/actor.js';
import { Problem } from '../platform/problem.js';
import type { AttachmentKind } from '../registration/core/attachments.js';
import type { RegistrationService } from '../registration/service.js';
import type { IdempotencyClaim } from '../store/idempotency.js';
import type { Executor } from '../store/store.js';
import { portalThrottle } from './core/access.js';
import { residentView } from './core/resident-view.js';
import { createFollow, type ResidentSession } from './follow.js';
import { createReceipts } from './receipts.js';
import type { PortalApplicationCreate, ResidentApplication } from './schemas.js';
import { portalStore, type PortalTables } from './store.js';
import { createPortalThrottle, throttleKey } from './throttle.js';

/**
 * The residents' portal: apply, receive a signed receipt, follow the application with a one-time
 * code, answer a request for information, choose how to be told. A resident acts only on the one
 * application their session is bound to (applicantCaller(id) scopes every service call to it).
 */
export function createPortal(deps: Deps, registration: RegistrationService, people: PeopleService, notifications: NotificationsService, audit: AuditService) {
  const throttle = createPortalThrottle(deps);
  const receipts = createReceipts(deps.keys.signer);
  const follow = createFollow(deps, registration, people, notifications, audit, throttle);
  const callerFor = (session: ResidentSession) => applicantCaller(session.applicationId);

  async function view(session: ResidentSession) {
    return registration.views.application(callerFor(session), session.applicationId);
  }

  return {
    receipts,
    follow,

    async apply(address: string, input: PortalApplicationCreate, claim?: IdempotencyClaim) {
      await throttle.hit({ kind: 'apply-address', value: address, rule: portalThrottle.applicationsFromAddress });
      // Without a phone or an e-mail the resident could never be told anything, nor follow the application.
      if (!input.applicant.phones.length && !input.applicant.email) throw Problem.field('/applicant/phones', 'contact.required');
      const { result } = await registration.intake.submitFrom(
        applicantCaller(),
        {
          ...input,
          type: 'initial-registration',
          channel: 'portal',
          officeId: null,
          outreachEventId: null,
          informationNotice: { ...input.informationNotice, mode: 'written' },
        },
        claim,
      );
      return {
        applicationId: result.id,
        reference: result.reference,
        receivedAt: result.createdAt,
        state: result.state,
        receipt: receipts.issue(result.reference, result.createdAt, input.applicant),
      };
    },

    async application(session: ResidentSession): Promise<ResidentApplication> {
      const app = await view(session);
      return residentView(app, receipts.issue(app.reference!, app.createdAt, { givenName: app.applicant.givenName.value, familyName: app.applicant.familyName.value, birthDate: app.applicant.birthDate }));
    },

    attach(session: ResidentSession, kind: AttachmentKind, mediaType: string, content: Buffer, claim?: IdempotencyClaim) {
      return registration.attachments.add(callerFor(session), session.applicationId, kind, mediaType, content, claim);
    },

    async answer(session: ResidentSession, version: number, comment: string | undefined, claim?: IdempotencyClaim) {
      const { result } = await registration.steps.take(callerFor(session), session.applicationId, 'resubmit', version, comment ? { comment } : {}, claim, 'portal');
      return result;
    },

    async setNotifyBy(session: ResidentSession, notifyBy: 'sms' | 'email') {
      const { applicant } = await view(session);
      const reachable = notifyBy === 'sms' ? applicant.phones.some((p) => p.e164) : applicant.email !== null;
      if (!reachable) throw Problem.field('/notifyBy', 'channel.unreachable', { channel: notifyBy });
      await deps.store.transaction(async (trx) => {
        await people.setNotifyBy(trx, applicantActor, applicant, notifyBy);
        await audit.record(trx, { actor: applicantActor, action: 'person.notify-by', record: { type: 'person', id: applicant.id }, sections: ['contact'] });
      });
      return this.application(session);
    },

    /**
     * Erasure (issue 4): the one-time codes (and the messages that carried them), the residents'
     * sessions of these applications, and the throttles counting requests for their references.
     */
    async forget(trx: Executor, applicationIds: readonly string[], references: readonly string[]) {
      const t = trx as Kysely<PortalTables>;
      const challenges = (await portalStore.challengesOf(t, applicationIds)).map((c) => c.id);
      await notifications.forget(trx, 'portal-challenge', challenges);
      await portalStore.forget(t, applicationIds, references.map((r) => throttleKey('code-reference', r)));
    },
  };
}

export type Portal = ReturnType<typeof createPortal>;
