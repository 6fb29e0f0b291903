import { isLocale } from '../platform/i18n/locale.js';
import type { Executor } from '../store/store.js';
import { factorStore, type FactorKind } from './factor-store.js';
import type { SessionView, UserView } from './schemas.js';
import type { Sessions } from './sessions.js';
import type { SessionTimes } from './core/session-limits.js';
import type { SignInStage } from './core/sign-in-stages.js';
import type { UserRecord } from './store.js';

export function toUserView(u: UserRecord, secondFactors: FactorKind[]): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    email: u.email,
    roles: u.roles,
    officeId: u.officeId,
    districtId: u.districtId,
    language: isLocale(u.language) ? u.language : 'en',
    mustChangePassword: u.mustChangePassword,
    secondFactors,
    disabled: u.disabledAt !== null,
    version: u.version,
  };
}

export async function userView(db: Executor, user: UserRecord): Promise<UserView> {
  const kinds = [...new Set((await factorStore.forUser(db, user.id)).map((f) => f.kind as FactorKind))].sort();
  return toUserView(user, kinds);
}

/** What the console needs to know about a session: whose, how far its sign-in got, and until when. */
export async function sessionView(
  db: Executor,
  sessions: Sessions,
  user: UserRecord,
  session: { times: SessionTimes; stage: SignInStage },
  recoveryCodes?: string[],
): Promise<SessionView> {
  const view = await userView(db, user);
  const methods: SessionView['methods'] = [];
  if (session.stage === 'second-factor') {
    methods.push(...view.secondFactors);
    if ((await factorStore.recoveryCodesLeft(db, user.id)) > 0) methods.push('recovery-code');
  }
  return {
    user: view,
    stage: session.stage,
    methods,
    ...sessions.limits(session.times, user),
    ...(recoveryCodes ? { recoveryCodes } : {}),
  };
}
