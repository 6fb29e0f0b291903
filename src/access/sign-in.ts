import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import type { AuditService } from '../audit/service.js';
import type { Deps } from '../context.js';
import { Problem } from '../platform/problem.js';
import type { Executor } from '../store/store.js';
import { accountOf, selfActor } from './accounts.js';
import type { Ceremonies } from './ceremonies.js';
import { hashRecoveryCode } from './core/recovery-codes.js';
import { refusal, stageOf } from './core/sign-in-stages.js';
import { matchingStep } from './core/totp.js';
import { factorStore, storedPasskey } from './factor-store.js';
import { decoyHash, verifyPassword } from './passwords.js';
import type { Principal, Sessions } from './sessions.js';
import { accessStore, type UserRecord } from './store.js';
import { throttleKey, type ThrottleKey, type Throttling } from './throttling.js';
import type { TotpSecrets } from './totp-secrets.js';
import { sessionView } from './views.js';
import type { WebAuthn } from './webauthn.js';

export type SignInMethod = 'totp' | 'passkey' | 'recovery-code';

interface Parts {
  sessions: Sessions;
  throttling: Throttling;
  ceremonies: Ceremonies;
  webauthn: WebAuthn;
  audit: AuditService;
  totpSecrets: TotpSecrets;
}

/**
 * Signing in, in two steps: the password opens a session that can do nothing but finish signing
 * in; a second factor (a TOTP code, a passkey, or a recovery code) then replaces it by a session
 * with a new id that can work. Every failure is counted against the account and the address
 * (core/throttle.ts) and written to the audit trail; no failure says which part was wrong.
 */
export function createSignIn({ store, clock, ids }: Deps, { sessions, throttling, ceremonies, webauthn, audit, totpSecrets }: Parts) {
  const iso = () => clock.now().toISOString();
  const userOf = (principal: Principal) => accountOf(store.db, principal);

  function requireSecondFactorStage(principal: Principal) {
    if (principal.stage !== 'second-factor') throw new Problem('conflict', { resource: 'session' }, [], { stage: principal.stage });
  }

  /**
   * Finishes the sign-in if `spend` can use up the factor (a TOTP step, a passkey counter, a
   * recovery code) in the same transaction; undefined when another request used it first.
   */
  async function complete(principal: Principal, user: UserRecord, method: SignInMethod, keys: ThrottleKey[], spend: (trx: Executor) => Promise<boolean>) {
    const session = await store.transaction(async (trx) => {
      if (!(await spend(trx))) return undefined;
      const renewed = await sessions.renew(trx, principal, user, true);
      await audit.record(trx, { actor: selfActor(user), action: 'sign-in', detail: { method } });
      return renewed;
    });
    if (!session) return undefined;
    // The address keeps its count: a success on one account says nothing of guesses at others.
    await throttling.clear(keys.filter((k) => k.rule !== 'address'));
    const stage = stageOf({ verified: true, hasFactor: true, mustChangePassword: user.mustChangePassword });
    return { token: session.token, view: await sessionView(store.db, sessions, user, { times: session.times, stage }) };
  }

  async function failed(user: UserRecord, keys: ThrottleKey[], method: SignInMethod, pointer: string, rule: string): Promise<never> {
    await throttling.fail(keys);
    await store.transaction((trx) => audit.record(trx, { actor: selfActor(user), action: 'sign-in.failed', detail: { step: 'second-factor', method } }));
    throw Problem.field(pointer, rule);
  }

  return {
    async signIn(username: string, password: string, address: string) {
      const keys = [
        throttleKey('accountFromAddress', username, address),
        throttleKey('account', username),
        throttleKey('address', address),
      ];
      await throttling.check(keys);
      const user = await accessStore.userByName(store.db, username);
      const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
      if (!user || !ok || user.disabledAt) {
        await throttling.fail(keys);
        await store.transaction((trx) =>
          audit.record(trx, { actor: { id: user?.id ?? null, role: 'unknown' }, action: 'sign-in.failed', detail: { step: 'password' } }),
        );
        throw new Problem('unauthenticated', {}, [{ pointer: '/password', rule: 'credentials.invalid' }]);
      }
      await throttling.clear(keys.slice(0, 2));
      const session = await store.transaction(async (trx) => {
        const opened = await sessions.open(trx, user, { verified: false });
        await audit.record(trx, { actor: selfActor(user), action: 'sign-in.password' });
        return opened;
      });
      const hasFactor = (await factorStore.count(store.db, user.id)) > 0;
      const stage = stageOf({ verified: false, hasFactor, mustChangePassword: user.mustChangePassword });
      return { token: session.token, view: await sessionView(store.db, sessions, user, { times: session.times, stage }) };
    },

    async status(principal: Principal) {
      return sessionView(store.db, sessions, await userOf(principal), principal);
    },

    async verifyTotp(principal: Principal, code: string, address: string) {
      requireSecondFactorStage(principal);
      const keys = [throttleKey('secondFactor', principal.userId), throttleKey('address', address)];
      await throttling.check(keys);
      const user = await userOf(principal);
      const now = clock.now().getTime();
      for (const factor of await factorStore.forUser(store.db, user.id)) {
        if (factor.kind !== 'totp') continue;
        const step = matchingStep(await totpSecrets.openFactor(factor), code, now, factor.totp_last_step);
        if (step === undefined) continue;
        const done = await complete(principal, user, 'totp', keys, (trx) => factorStore.advanceTotp(trx, factor.id, step, iso()));
        if (done) return done;
      }
      return failed(user, keys, 'totp', '/code', 'second-factor.invalid');
    },

    async passkeyOptions(principal: Principal) {
      requireSecondFactorStage(principal);
      const passkeys = (await factorStore.forUser(store.db, principal.userId)).filter((f) => f.kind === 'passkey');
      if (!passkeys.length) throw Problem.notFound('passkey');
      const options = await webauthn.authenticationOptions(passkeys.map(storedPasskey), ids.bytes(32));
      await ceremonies.begin(principal.sessionId, { kind: 'passkey-authentication', challenge: options.challenge });
      return options;
    },

    /**
     * A passkey answer cannot be guessed, so a wrong one counts only against the address: someone
     * guessing TOTP codes never locks out a staff member who signs in with a passkey.
     */
    async verifyPasskey(principal: Principal, credential: AuthenticationResponseJSON, address: string) {
      requireSecondFactorStage(principal);
      const keys = [throttleKey('address', address)];
      await throttling.check(keys);
      const user = await userOf(principal);
      const current = await ceremonies.current(principal.sessionId, 'passkey-authentication');
      const factor = current && (await factorStore.byCredentialId(store.db, credential.id));
      if (current && factor?.user_id === user.id && factor.kind === 'passkey') {
        const passkey = storedPasskey(factor);
        const counter = await webauthn.verifyAuthentication(credential, current.ceremony.challenge, passkey);
        if (counter !== undefined) {
          const done = await complete(principal, user, 'passkey', keys, async (trx) =>
            (await ceremonies.take(trx, principal.sessionId, current.raw)) && factorStore.advancePasskey(trx, factor.id, passkey.signCount, counter, iso()),
          );
          if (done) return done;
        }
      }
      // A challenge answers once, rightly or not.
      if (current) await store.transaction((trx) => ceremonies.take(trx, principal.sessionId, current.raw));
      return failed(user, keys, 'passkey', '/credential', 'passkey.invalid');
    },

    async verifyRecoveryCode(principal: Principal, code: string, address: string) {
      requireSecondFactorStage(principal);
      const keys = [throttleKey('recoveryCode', principal.userId), throttleKey('address', address)];
      await throttling.check(keys);
      const user = await userOf(principal);
      const done = await complete(principal, user, 'recovery-code', keys, (trx) => factorStore.spendRecoveryCode(trx, user.id, hashRecoveryCode(code), iso()));
      return done ?? failed(user, keys, 'recovery-code', '/code', 'recovery-code.invalid');
    },

    async signOut(principal: Principal) {
      await store.transaction((trx) => sessions.revoke(trx, principal.sessionId));
    },

    /** Only a completed sign-in may end the others: a password alone must not sign the owner out. */
    async signOutEverywhere(principal: Principal) {
      const refused = refusal(principal.stage, 'signed-in');
      if (refused) throw Problem.forbidden(refused);
      await store.transaction(async (trx) => {
        await sessions.revokeAll(trx, principal.userId);
        await audit.record(trx, { actor: selfActor({ id: principal.userId, roles: principal.roles }), action: 'sign-out.everywhere' });
      });
    },
  };
}
