import { createHash } from 'node:crypto';
import type { Deps } from '../context.js';
import { isLocale, type Locale } from '../platform/i18n/locale.js';
import type { Executor } from '../store/store.js';
import type { Subject } from './core/policy.js';
import { deadline, limitsFor, sessionEnd, sessionLimits, type SessionEnd, type SessionTimes } from './core/session-limits.js';
import { stageOf, type SignInStage } from './core/sign-in-stages.js';
import { factorStore } from './factor-store.js';
import { accessStore, type UserRecord } from './store.js';

/** A staff member behind a live session, as the guard hands it to routes. */
export interface Principal extends Subject {
  sessionId: string;
  username: string;
  language: Locale;
  mustChangePassword: boolean;
  stage: SignInStage;
  times: SessionTimes;
}

/** A live session's principal, or why there is none: an unknown, revoked or disabled one, or one that ended. */
export type Resolution = { principal: Principal } | { ended: SessionEnd | 'unknown' };

/** The cookie holds a random token; the store keeps only its hash, so a copy of the store opens no session. */
const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');

const ms = (iso: string) => new Date(iso).getTime();

/**
 * Sessions: opened at sign-in, given a new id whenever they gain privileges (second factor
 * verified, factor enrolled, password changed), looked up on every request so that a revocation
 * takes effect at once, and ended by idleness or age as core/session-limits.ts says.
 */
export function createSessions({ store, clock, ids }: Pick<Deps, 'store' | 'clock' | 'ids'>) {
  const now = () => clock.now();

  /** Opens a session; `createdAt` carries over the start of the sign-in when a session is renewed. */
  async function open(trx: Executor, user: UserRecord, options: { verified: boolean; createdAt?: string }) {
    const token = ids.bytes(32).toString('base64url');
    const at = now().toISOString();
    const createdAt = options.createdAt ?? at;
    const times: SessionTimes = { createdAt: ms(createdAt), lastSeenAt: ms(at), verified: options.verified };
    await accessStore.insertSession(trx, {
      id: sessionIdOf(token),
      user_id: user.id,
      created_at: createdAt,
      last_seen_at: at,
      expires_at: new Date(deadline(times, user.roles)).toISOString(),
      revoked_at: null,
      second_factor_at: options.verified ? at : null,
      ceremony: null,
    });
    return { token, times };
  }

  return {
    open,

    /** Replaces the principal's session by a new one (a new id) at a privilege change. */
    async renew(trx: Executor, principal: Principal, user: UserRecord, verified: boolean) {
      await accessStore.revokeSession(trx, principal.sessionId, now().toISOString());
      return open(trx, user, { verified, createdAt: new Date(principal.times.createdAt).toISOString() });
    },

    async resolve(token: string): Promise<Resolution> {
      const found = await accessStore.sessionWithUser(store.db, sessionIdOf(token));
      if (!found || found.session.revokedAt || found.user.disabledAt) return { ended: 'unknown' };
      const { user, session } = found;
      const at = now().getTime();
      const times: SessionTimes = { createdAt: ms(session.createdAt), lastSeenAt: ms(session.lastSeenAt), verified: session.secondFactorAt !== null };
      const ended = sessionEnd(times, user.roles, at);
      if (ended) return { ended };
      if (at - times.lastSeenAt >= sessionLimits.touchEveryMs) {
        await store.transaction((trx) => accessStore.touchSession(trx, session.id, new Date(at).toISOString()));
        times.lastSeenAt = at;
      }
      // A verified session proves a factor existed; a factor reset revokes every session.
      const hasFactor = times.verified || (await factorStore.count(store.db, user.id)) > 0;
      return {
        principal: {
          sessionId: session.id,
          userId: user.id,
          username: user.username,
          roles: user.roles,
          officeId: user.officeId,
          districtId: user.districtId,
          language: isLocale(user.language) ? user.language : 'en',
          mustChangePassword: user.mustChangePassword,
          stage: stageOf({ verified: times.verified, hasFactor, mustChangePassword: user.mustChangePassword }),
          times,
        },
      };
    },

    /** When the session ends at the latest, and after how long idle, for the session view. */
    limits(times: SessionTimes, user: UserRecord) {
      return { expiresAt: new Date(deadline(times, user.roles)).toISOString(), idleTimeoutSeconds: limitsFor(user.roles).idleMs / 1000 };
    },

    revoke: (trx: Executor, sessionId: string) => accessStore.revokeSession(trx, sessionId, now().toISOString()),
    revokeAll: (trx: Executor, userId: string) => accessStore.revokeUserSessions(trx, userId, now().toISOString()),
  };
}

export type Sessions = ReturnType<typeof createSessions>;
