import { createHash } from 'node:crypto';
import type { Deps } from '../context.js';
import type { AuditService } from '../audit/service.js';
import type { Actor } from '../platform/actor.js';
import { isLocale, type Locale } from '../platform/i18n/locale.js';
import { Problem } from '../platform/problem.js';
import { isUniqueViolation } from '../store/store.js';
import { checkPassword } from './core/password-rules.js';
import { lockDuration, throttleMemoryMs, throttleRules, type ThrottleRule } from './core/throttle.js';
import type { Role, Subject } from './core/policy.js';
import { decoyHash, hashPassword, verifyPassword } from './passwords.js';
import type { CreateUserRequest, UpdateUserRequest, UserView } from './schemas.js';
import { accessStore, type UserRecord } from './store.js';

/** A signed-in staff member, as the guard hands it to routes. */
export interface Principal extends Subject {
  sessionId: string;
  username: string;
  language: Locale;
  mustChangePassword: boolean;
}

export const sessionPolicy = { idleMs: 60 * 60_000, absoluteMs: 24 * 60 * 60_000, touchEveryMs: 60_000 };

const sessionIdOf = (token: string) => createHash('sha256').update(token).digest('hex');
const throttleKey = (kind: string, value: string) => `${kind}:${createHash('sha256').update(value).digest('base64url')}`;

export function toUserView(u: UserRecord): UserView {
  return {
    id: u.id,
    username: u.username,
    displayName: u.displayName,
    roles: u.roles,
    officeId: u.officeId,
    districtId: u.districtId,
    language: isLocale(u.language) ? u.language : 'en',
    mustChangePassword: u.mustChangePassword,
    disabled: u.disabledAt !== null,
    version: u.version,
  };
}

export function createAccessService({ store, clock, ids }: Deps, audit: AuditService) {
  const now = () => clock.now();
  /** A one-time secret: 20 characters from an alphabet without look-alikes, ~100 bits. */
  const oneTimeSecret = () => {
    const alphabet = 'abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY3479';
    return [...ids.bytes(20)].map((b) => alphabet[b % alphabet.length]).join('');
  };

  async function lockedFor(keys: string[]): Promise<number> {
    let until = 0;
    for (const key of keys) {
      const row = await accessStore.throttle(store.db, key);
      if (row?.locked_until) until = Math.max(until, new Date(row.locked_until).getTime());
    }
    return Math.ceil(Math.max(0, until - now().getTime()) / 1000);
  }

  async function recordFailure(key: string, rule: ThrottleRule) {
    const at = now();
    const row = await accessStore.throttle(store.db, key);
    const fresh = row && at.getTime() - new Date(row.last_failure_at).getTime() < throttleMemoryMs;
    const failures = (fresh ? row.failures : 0) + 1;
    const lock = lockDuration(failures, rule);
    await store.transaction((trx) =>
      accessStore.saveThrottle(trx, {
        key,
        failures,
        last_failure_at: at.toISOString(),
        locked_until: lock ? new Date(at.getTime() + lock).toISOString() : null,
      }),
    );
  }

  const revokeAll = (userId: string) => store.transaction((trx) => accessStore.revokeUserSessions(trx, userId, now().toISOString()));

  async function createSession(user: UserRecord) {
    const token = ids.bytes(32).toString('base64url');
    const at = now();
    const expiresAt = new Date(at.getTime() + sessionPolicy.absoluteMs).toISOString();
    await store.transaction((trx) =>
      accessStore.insertSession(trx, {
        id: sessionIdOf(token),
        user_id: user.id,
        created_at: at.toISOString(),
        last_seen_at: at.toISOString(),
        expires_at: expiresAt,
        revoked_at: null,
      }),
    );
    return { token, expiresAt };
  }

  async function newUser(input: CreateUserRequest, mustChangePassword: boolean) {
    const secret = oneTimeSecret();
    const at = now().toISOString();
    const user: UserRecord = {
      id: ids.uuid(),
      username: input.username,
      displayName: input.displayName,
      passwordHash: await hashPassword(secret),
      roles: input.roles,
      officeId: input.officeId,
      districtId: input.districtId,
      language: input.language,
      mustChangePassword,
      disabledAt: null,
      version: 1,
      createdAt: at,
    };
    return { user, secret, at };
  }

  async function saveUser(user: UserRecord, actor: Actor, action: string) {
    await store.transaction(async (trx) => {
      if (!(await accessStore.updateUser(trx, user, now().toISOString()))) throw new Problem('version-mismatch');
      await audit.record(trx, { actor, action, record: { type: 'user', id: user.id } });
    });
    return (await accessStore.userById(store.db, user.id))!;
  }

  return {
    async signIn(username: string, password: string, address: string) {
      const keys = {
        accountFromAddress: throttleKey('account-address', `${username}\u0000${address}`),
        account: throttleKey('account', username),
        address: throttleKey('address', address),
      };
      const wait = await lockedFor(Object.values(keys));
      if (wait > 0) throw new Problem('too-many-requests', { seconds: wait });

      const user = await accessStore.userByName(store.db, username);
      const ok = await verifyPassword(user?.passwordHash ?? (await decoyHash()), password);
      if (!user || !ok || user.disabledAt) {
        for (const [rule, key] of Object.entries(keys)) await recordFailure(key, throttleRules[rule as keyof typeof keys]);
        await store.transaction((trx) =>
          audit.record(trx, { actor: { id: user?.id ?? null, role: 'unknown' }, action: 'sign-in.failed' }),
        );
        throw new Problem('unauthenticated', {}, [{ pointer: '/password', rule: 'credentials.invalid' }]);
      }
      await store.transaction(async (trx) => {
        await accessStore.clearThrottle(trx, keys.accountFromAddress);
        await accessStore.clearThrottle(trx, keys.account);
      });
      const session = await createSession(user);
      await store.transaction((trx) => audit.record(trx, { actor: { id: user.id, role: user.roles[0]! }, action: 'sign-in' }));
      return { ...session, user: toUserView(user) };
    },

    /** The principal behind a session token, or undefined when it is unknown, revoked, idle or expired. */
    async resolve(token: string): Promise<Principal | undefined> {
      const found = await accessStore.sessionWithUser(store.db, sessionIdOf(token));
      if (!found) return undefined;
      const { user, session } = found;
      const at = now().getTime();
      const lastSeen = new Date(session.lastSeenAt).getTime();
      if (session.revokedAt || user.disabledAt) return undefined;
      if (at >= new Date(session.expiresAt).getTime() || at - lastSeen >= sessionPolicy.idleMs) return undefined;
      if (at - lastSeen >= sessionPolicy.touchEveryMs) {
        await store.transaction((trx) => accessStore.touchSession(trx, session.id, new Date(at).toISOString()));
      }
      return {
        sessionId: session.id,
        userId: user.id,
        username: user.username,
        roles: user.roles,
        officeId: user.officeId,
        districtId: user.districtId,
        language: isLocale(user.language) ? user.language : 'en',
        mustChangePassword: user.mustChangePassword,
      };
    },

    async signOut(principal: Principal) {
      await store.transaction((trx) => accessStore.revokeSession(trx, principal.sessionId, now().toISOString()));
    },

    async signOutEverywhere(principal: Principal) {
      await revokeAll(principal.userId);
    },

    async me(principal: Principal) {
      const user = await accessStore.userById(store.db, principal.userId);
      if (!user) throw new Problem('unauthenticated');
      return toUserView(user);
    },

    async changePassword(principal: Principal, current: string, next: string) {
      const user = await accessStore.userById(store.db, principal.userId);
      if (!user || !(await verifyPassword(user.passwordHash, current))) {
        throw Problem.field('/currentPassword', 'credentials.invalid');
      }
      const problems = checkPassword(next, '/newPassword');
      if (problems.length) throw Problem.validation(problems);
      const actor = { id: user.id, role: user.roles[0]! };
      await saveUser({ ...user, passwordHash: await hashPassword(next), mustChangePassword: false }, actor, 'password.change');
      await revokeAll(user.id);
      return createSession((await accessStore.userById(store.db, user.id))!);
    },

    async setLanguage(principal: Principal, language: Locale) {
      const user = await accessStore.userById(store.db, principal.userId);
      if (!user) throw new Problem('unauthenticated');
      return toUserView(await saveUser({ ...user, language }, { id: user.id, role: user.roles[0]! }, 'preferences.change'));
    },

    async listUsers() {
      return (await accessStore.listUsers(store.db)).map(toUserView);
    },

    async createUser(actor: Actor, input: CreateUserRequest) {
      const { user, secret, at } = await newUser(input, true);
      try {
        await store.transaction(async (trx) => {
          await accessStore.insertUser(trx, user, at);
          await audit.record(trx, { actor, action: 'user.create', record: { type: 'user', id: user.id } });
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw Problem.field('/username', 'username.taken');
        throw e;
      }
      return { user: toUserView(user), oneTimeSecret: secret };
    },

    async updateUser(actor: Actor, id: string, version: number, patch: UpdateUserRequest) {
      const user = await accessStore.userById(store.db, id);
      if (!user) throw Problem.notFound('user');
      if (user.version !== version) throw new Problem('version-mismatch', {}, [], { currentVersion: user.version });
      const disabledAt = patch.disabled === undefined ? user.disabledAt : patch.disabled ? (user.disabledAt ?? now().toISOString()) : null;
      const updated = await saveUser(
        {
          ...user,
          displayName: patch.displayName ?? user.displayName,
          roles: (patch.roles as Role[] | undefined) ?? user.roles,
          officeId: patch.officeId === undefined ? user.officeId : patch.officeId,
          districtId: patch.districtId === undefined ? user.districtId : patch.districtId,
          language: patch.language ?? user.language,
          disabledAt,
        },
        actor,
        'user.update',
      );
      if (disabledAt) await revokeAll(id);
      return toUserView(updated);
    },

    /** Issues a new one-time secret; the user must choose a new password at the next sign-in. */
    async resetPassword(actor: Actor, id: string) {
      const user = await accessStore.userById(store.db, id);
      if (!user) throw Problem.notFound('user');
      const secret = oneTimeSecret();
      const updated = await saveUser({ ...user, passwordHash: await hashPassword(secret), mustChangePassword: true }, actor, 'password.reset');
      await revokeAll(id);
      return { user: toUserView(updated), oneTimeSecret: secret };
    },

    /** On an empty store, creates the administrator; returns its one-time secret to be shown once. */
    async bootstrapAdministrator(): Promise<string | undefined> {
      if ((await accessStore.countUsers(store.db)) > 0) return undefined;
      const result = await this.createUser(
        { id: null, role: 'system' },
        { username: 'admin', displayName: 'Administrator', roles: ['administrator'], officeId: null, districtId: null, language: 'en' },
      ).catch((e) => {
        // Another node created it first.
        if (e instanceof Problem && e.code === 'validation') return undefined;
        throw e;
      });
      return result?.oneTimeSecret;
    },
  };
}

export type AccessService = ReturnType<typeof createAccessService>;
