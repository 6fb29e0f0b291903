import { createHash, timingSafeEqual } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { Deps } from '../context.js';
import type { AuditService } from '../audit/service.js';
import type { NotificationsService, Recipient } from '../notifications/service.js';
import type { PeopleService } from '../people/service.js';
import type { PersonView } from '../people/schemas.js';
import { applicantActor } from '../platform/actor.js';
import type { Locale } from '../platform/i18n/locale.js';
import { Problem } from '../platform/problem.js';
import { parseReference } from '../registration/core/reference.js';
import type { RegistrationService } from '../registration/service.js';
import { accessPolicy, drawCode, normaliseCode, portalThrottle } from './core/access.js';
import { portalStore, type PortalTables } from './store.js';
import type { PortalThrottle } from './throttle.js';

const digest = (text: string) => createHash('sha256').update(text).digest();
const sessionIdOf = (token: string) => digest(token).toString('hex');
/** Bound to its challenge, so a code's digest says nothing about another challenge's code. */
const codeHash = (challengeId: string, code: string) => digest(`${challengeId}\u0000${code}`).toString('base64url');

/** Where a code can reach the applicant: the channel they chose, else any phone, else e-mail. */
export function reachableAt(person: PersonView, language: Locale): Recipient | undefined {
  const phone = person.phones.find((p) => p.e164)?.e164;
  if (person.notifyBy === 'email' && person.email) return { channel: 'email', address: person.email, language };
  if (phone) return { channel: 'sms', address: phone, language };
  if (person.email) return { channel: 'email', address: person.email, language };
  return undefined;
}

export interface ResidentSession {
  sessionId: string;
  applicationId: string;
}

/**
 * Following an application: reference number and birth date, then a one-time code sent to the
 * phone or e-mail on file, then a resident's session bound to that one application. A request
 * that names nobody is answered exactly like one that does (a challenge is written, throttles
 * count it, the same body comes back); only the code never arrives.
 */
export function createFollow(
  { store, clock, ids }: Deps,
  registration: RegistrationService,
  people: PeopleService,
  notifications: NotificationsService,
  audit: AuditService,
  throttle: PortalThrottle,
) {
  const db = store.db as Kysely<PortalTables>;
  const now = () => clock.now();

  async function openSession(applicationId: string) {
    const token = ids.bytes(32).toString('base64url');
    const at = now();
    const expiresAt = new Date(at.getTime() + accessPolicy.sessionAbsoluteMs).toISOString();
    await store.transaction(async (trx) => {
      await portalStore.insertSession(trx as Kysely<PortalTables>, {
        id: sessionIdOf(token),
        application_id: applicationId,
        created_at: at.toISOString(),
        last_seen_at: at.toISOString(),
        expires_at: expiresAt,
        revoked_at: null,
      });
      await audit.record(trx, { actor: applicantActor, action: 'portal.session', record: { type: 'application', id: applicationId } });
    });
    return { token, expiresAt };
  }

  return {
    openSession,

    async requestCode(address: string, typedReference: string, birthDate: string, language: Locale) {
      const reference = parseReference(typedReference);
      if (!reference) throw Problem.field('/reference', 'reference.invalid');
      await throttle.hit(
        { kind: 'code-address', value: address, rule: portalThrottle.codeRequestsFromAddress },
        { kind: 'code-reference', value: reference, rule: portalThrottle.codeRequestsForReference },
      );
      const app = await registration.views.byReference(reference);
      // One lookup of a person either way, so that a match takes no longer to answer than a miss.
      const person = (await people.byIds([app?.applicantId ?? 'nobody'])).get(app?.applicantId ?? 'nobody');
      const recipient = app && person?.birthDate === birthDate ? reachableAt(person, language) : undefined;

      const id = ids.uuid();
      const code = drawCode((n) => ids.bytes(n));
      const at = now();
      const expiresAt = new Date(at.getTime() + accessPolicy.codeTtlMs).toISOString();
      await store.transaction(async (trx) => {
        await portalStore.insertChallenge(trx as Kysely<PortalTables>, {
          id,
          application_id: recipient ? app!.id : null,
          code_hash: codeHash(id, code),
          attempts: 0,
          expires_at: expiresAt,
          used_at: null,
          created_at: at.toISOString(),
        });
        if (recipient) {
          await notifications.enqueue(trx, [{ subject: { type: 'portal-challenge', id }, event: 'access-code', recipient, params: { reference, code } }]);
        }
        await audit.record(trx, {
          actor: applicantActor,
          action: 'portal.code-request',
          ...(recipient ? { record: { type: 'application', id: app!.id } } : {}),
          detail: { matched: Boolean(recipient) },
        });
      });
      if (recipient) notifications.wake();
      return { challengeId: id, expiresAt };
    },

    /** The one answer to a code that does not open anything, whatever the reason: wrong, used, expired, or sent to nobody. */
    async enterCode(address: string, challengeId: string, typed: string) {
      await throttle.hit({ kind: 'code-try-address', value: address, rule: portalThrottle.codeTriesFromAddress });
      const refuse = () => Problem.field('/code', 'code.invalid');
      const at = now().toISOString();
      const row = await portalStore.challenge(db, challengeId);
      const counted = await store.transaction((trx) => portalStore.countTry(trx as Kysely<PortalTables>, challengeId, at, accessPolicy.codeTries));
      if (!row || !counted) throw refuse();
      const given = Buffer.from(codeHash(challengeId, normaliseCode(typed)));
      const expected = Buffer.from(row.code_hash);
      if (given.length !== expected.length || !timingSafeEqual(given, expected) || !row.application_id) throw refuse();
      if (!(await store.transaction((trx) => portalStore.use(trx as Kysely<PortalTables>, challengeId, at)))) throw refuse();
      return { ...(await openSession(row.application_id)), applicationId: row.application_id };
    },

    /** The resident behind a session token, or undefined when it is unknown, ended, idle or expired. */
    async resolve(token: string | undefined): Promise<ResidentSession | undefined> {
      if (!token) return undefined;
      const row = await portalStore.session(db, sessionIdOf(token));
      if (!row || row.revoked_at) return undefined;
      const at = now().getTime();
      const lastSeen = new Date(row.last_seen_at).getTime();
      if (at >= new Date(row.expires_at).getTime() || at - lastSeen >= accessPolicy.sessionIdleMs) return undefined;
      if (at - lastSeen >= 60_000) await store.transaction((trx) => portalStore.touchSession(trx as Kysely<PortalTables>, row.id, new Date(at).toISOString()));
      return { sessionId: row.id, applicationId: row.application_id };
    },

    async end(session: ResidentSession) {
      await store.transaction((trx) => portalStore.revokeSession(trx as Kysely<PortalTables>, session.sessionId, now().toISOString()));
    },
  };
}

export type Follow = ReturnType<typeof createFollow>;
