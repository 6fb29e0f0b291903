import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import type { AuditService } from '../audit/service.js';
import type { Deps } from '../context.js';
import type { Locale } from '../platform/i18n/locale.js';
import { Problem } from '../platform/problem.js';
import { isUniqueViolation, type Executor } from '../store/store.js';
import { accountOf, selfActor } from './accounts.js';
import type { Ceremonies } from './ceremonies.js';
import { checkPassword } from './core/password-rules.js';
import { hashRecoveryCode, recoveryCode, recoveryCodeBytes, recoveryCodeCount } from './core/recovery-codes.js';
import { stageOf } from './core/sign-in-stages.js';
import { matchingStep, totpSecret, totpUri } from './core/totp.js';
import { factorRow, factorStore, storedPasskey, type FactorKind } from './factor-store.js';
import { hashPassword, verifyPassword } from './passwords.js';
import type { Principal, Sessions } from './sessions.js';
import type { TotpSecrets } from './totp-secrets.js';
import { accessStore, type UserRecord } from './store.js';
import { sessionView, userView } from './views.js';
import type { WebAuthn } from './webauthn.js';

interface Parts {
  sessions: Sessions;
  ceremonies: Ceremonies;
  webauthn: WebAuthn;
  audit: AuditService;
  totpSecrets: TotpSecrets;
}

/**
 * What staff do with their own account: enrol second factors (the first one completes a first
 * sign-in), see and remove them, get new recovery codes, change their password and language.
 */
export function createOwnAccount({ store, clock, ids }: Deps, { sessions, ceremonies, webauthn, audit, totpSecrets }: Parts) {
  const iso = () => clock.now().toISOString();
  const userOf = (principal: Principal) => accountOf(store.db, principal);

  async function issueRecoveryCodes(trx: Executor, user: UserRecord): Promise<string[]> {
    const codes = Array.from({ length: recoveryCodeCount }, () => recoveryCode(ids.bytes(recoveryCodeBytes)));
    await factorStore.replaceRecoveryCodes(trx, user.id, codes.map(hashRecoveryCode), iso());
    await audit.record(trx, { actor: selfActor(user), action: 'recovery-codes.issue', record: { type: 'user', id: user.id } });
    return codes;
  }

  /**
   * Stores a new factor through `insert`, which also spends the ceremony and says false when
   * another request did first. A first factor completes a first sign-in: the session gets a new
   * id and may work, and the user receives recovery codes.
   */
  async function enrolled(principal: Principal, user: UserRecord, kind: FactorKind, insert: (trx: Executor) => Promise<boolean>) {
    const first = principal.stage === 'enrol';
    const result = await store.transaction(async (trx) => {
      if (!(await insert(trx))) return undefined;
      await audit.record(trx, { actor: selfActor(user), action: 'factor.enrol', record: { type: 'user', id: user.id }, detail: { kind } });
      if (!first) return { session: undefined, recoveryCodes: undefined };
      const session = await sessions.renew(trx, principal, user, true);
      await audit.record(trx, { actor: selfActor(user), action: 'sign-in', detail: { method: `${kind}-enrolment` } });
      return { session, recoveryCodes: await issueRecoveryCodes(trx, user) };
    });
    if (!result) throw new Problem('conflict', { resource: 'enrolment' });
    const times = result.session?.times ?? principal.times;
    const stage = stageOf({ verified: true, hasFactor: true, mustChangePassword: user.mustChangePassword });
    return { token: result.session?.token, view: await sessionView(store.db, sessions, user, { times, stage }, result.recoveryCodes) };
  }

  return {
    async beginTotp(principal: Principal) {
      const user = await userOf(principal);
      const secret = totpSecret(ids.bytes(20));
      await ceremonies.begin(principal.sessionId, { kind: 'totp-enrolment', sealedSecret: totpSecrets.sealForEnrolment(principal.sessionId, secret) });
      const { ceremony } = (await ceremonies.current(principal.sessionId, 'totp-enrolment'))!;
      return { secret, uri: totpUri(secret, user.username), expiresAt: ceremony.expiresAt };
    },

    /** The code proves the app holds the secret; a wrong one may be typed again (the secret stays). */
    async confirmTotp(principal: Principal, code: string, label: string) {
      const user = await userOf(principal);
      const current = await ceremonies.current(principal.sessionId, 'totp-enrolment');
      if (!current) throw Problem.field('/code', 'totp.not-started');
      const secret = await totpSecrets.openEnrolment(principal.sessionId, current.ceremony.sealedSecret);
      const step = matchingStep(secret, code, clock.now().getTime(), null);
      if (step === undefined) throw Problem.field('/code', 'second-factor.invalid');
      return enrolled(principal, user, 'totp', async (trx) => {
        if (!(await ceremonies.take(trx, principal.sessionId, current.raw))) return false;
        const common = { id: ids.uuid(), user_id: user.id, kind: 'totp', label, created_at: iso() };
        const sealed = totpSecrets.sealForFactor(common.id, secret);
        await factorStore.insert(trx, factorRow(common, { totp_secret: sealed, totp_last_step: step, last_used_at: iso() }));
        return true;
      });
    },

    async passkeyRegistrationOptions(principal: Principal) {
      const user = await userOf(principal);
      const existing = (await factorStore.forUser(store.db, user.id)).filter((f) => f.kind === 'passkey').map(storedPasskey);
      const options = await webauthn.registrationOptions(user, existing, ids.bytes(32));
      await ceremonies.begin(principal.sessionId, { kind: 'passkey-registration', challenge: options.challenge });
      return options;
    },

    async registerPasskey(principal: Principal, credential: RegistrationResponseJSON, label: string) {
      const user = await userOf(principal);
      const current = await ceremonies.current(principal.sessionId, 'passkey-registration');
      const passkey = current && (await webauthn.verifyRegistration(credential, current.ceremony.challenge));
      if (!current || !passkey) {
        if (current) await store.transaction((trx) => ceremonies.take(trx, principal.sessionId, current.raw));
        throw Problem.field('/credential', 'passkey.invalid');
      }
      try {
        return await enrolled(principal, user, 'passkey', async (trx) => {
          if (!(await ceremonies.take(trx, principal.sessionId, current.raw))) return false;
          const common = { id: ids.uuid(), user_id: user.id, kind: 'passkey', label, created_at: iso() };
          const own = { credential_id: passkey.credentialId, public_key: passkey.publicKey, sign_count: passkey.signCount, transports: JSON.stringify(passkey.transports) };
          await factorStore.insert(trx, factorRow(common, own));
          return true;
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw Problem.field('/credential', 'passkey.registered');
        throw e;
      }
    },

    async factors(principal: Principal) {
      const factors = (await factorStore.forUser(store.db, principal.userId)).map((f) => ({
        id: f.id,
        kind: f.kind as FactorKind,
        label: f.label,
        createdAt: f.created_at,
        lastUsedAt: f.last_used_at,
      }));
      return { factors, recoveryCodesLeft: await factorStore.recoveryCodesLeft(store.db, principal.userId) };
    },

    /** Removes one of the user's factors, but never the last: staff always keep a second factor. */
    async removeFactor(principal: Principal, id: string) {
      const user = await userOf(principal);
      await store.transaction(async (trx) => {
        const factors = await factorStore.forUser(trx, user.id);
        const factor = factors.find((f) => f.id === id);
        if (!factor) throw Problem.notFound('factor');
        if (factors.length === 1) throw new Problem('conflict', { resource: 'factor' }, [], { reason: 'last-factor' });
        await factorStore.remove(trx, user.id, id);
        await audit.record(trx, { actor: selfActor(user), action: 'factor.remove', record: { type: 'user', id: user.id }, detail: { kind: factor.kind } });
      });
    },

    /** A new set of recovery codes; the codes of the old set stop working. */
    async newRecoveryCodes(principal: Principal) {
      const user = await userOf(principal);
      return { recoveryCodes: await store.transaction((trx) => issueRecoveryCodes(trx, user)) };
    },

    /** Changes the password and ends every session of the user; the caller gets a new one. */
    async changePassword(principal: Principal, current: string, next: string) {
      const user = await userOf(principal);
      if (!(await verifyPassword(user.passwordHash, current))) throw Problem.field('/currentPassword', 'credentials.invalid');
      const hasFactor = (await factorStore.count(store.db, user.id)) > 0;
      const problems = checkPassword(next, '/newPassword', hasFactor, [user.username, ...user.displayName.split(/\s+/)]);
      if (problems.length) throw Problem.validation(problems);
      const changed = { ...user, passwordHash: await hashPassword(next), mustChangePassword: false };
      const session = await store.transaction(async (trx) => {
        if (!(await accessStore.updateUser(trx, changed, iso()))) throw new Problem('version-mismatch');
        await audit.record(trx, { actor: selfActor(user), action: 'password.change', record: { type: 'user', id: user.id } });
        await sessions.revokeAll(trx, user.id);
        return sessions.open(trx, changed, { verified: principal.times.verified, createdAt: new Date(principal.times.createdAt).toISOString() });
      });
      const saved = (await accessStore.userById(store.db, user.id))!;
      const stage = stageOf({ verified: session.times.verified, hasFactor, mustChangePassword: false });
      return { token: session.token, view: await sessionView(store.db, sessions, saved, { times: session.times, stage }) };
    },

    async setLanguage(principal: Principal, language: Locale) {
      const user = await userOf(principal);
      await store.transaction(async (trx) => {
        if (!(await accessStore.updateUser(trx, { ...user, language }, iso()))) throw new Problem('version-mismatch');
        await audit.record(trx, { actor: selfActor(user), action: 'preferences.change', record: { type: 'user', id: user.id } });
      });
      return userView(store.db, (await accessStore.userById(store.db, user.id))!);
    },
  };
}
