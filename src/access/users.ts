import type { AuditService } from '../audit/service.js';
import type { Deps } from '../context.js';
import type { NotificationsService } from '../notifications/service.js';
import type { Actor } from '../platform/actor.js';
import { Problem } from '../platform/problem.js';
import { isUniqueViolation } from '../store/store.js';
import type { Role } from './core/policy.js';
import { factorStore } from './factor-store.js';
import { hashPassword } from './passwords.js';
import type { CreateUserRequest, UpdateUserRequest } from './schemas.js';
import type { Sessions } from './sessions.js';
import { accessStore, type UserRecord } from './store.js';
import { toUserView, userView } from './views.js';

/** What changes what a user may do: their sessions end, and they sign in again with a new session id. */
const privilegesChanged = (before: UserRecord, after: UserRecord) =>
  JSON.stringify(before.roles) !== JSON.stringify(after.roles) || before.officeId !== after.officeId || before.districtId !== after.districtId;

/**
 * The administrator's side: staff accounts, their roles and scopes, one-time secrets, and factor
 * resets. Every change is audited; every change that takes something away ends the user's sessions
 * on their next request.
 */
export function createUsers({ store, clock, ids }: Deps, { sessions, audit, notifications }: { sessions: Sessions; audit: AuditService; notifications: NotificationsService }) {
  const iso = () => clock.now().toISOString();
  /** A one-time secret: 20 characters from an alphabet without look-alikes, ~100 bits. */
  const oneTimeSecret = () => {
    const alphabet = 'abcdefghijkmnpqrstuvwxyzACDEFGHJKLMNPQRTUVWXY3479';
    return [...ids.bytes(20)].map((b) => alphabet[b % alphabet.length]).join('');
  };

  async function existing(id: string) {
    const user = await accessStore.userById(store.db, id);
    if (!user) throw Problem.notFound('user');
    return user;
  }

  /** Saves a changed user with its audit entry, ending their sessions when `revoke` says so. */
  async function save(user: UserRecord, actor: Actor, action: string, revoke: boolean) {
    await store.transaction(async (trx) => {
      if (!(await accessStore.updateUser(trx, user, iso()))) throw new Problem('version-mismatch');
      await audit.record(trx, { actor, action, record: { type: 'user', id: user.id } });
      if (revoke) await sessions.revokeAll(trx, user.id);
    });
    return userView(store.db, (await accessStore.userById(store.db, user.id))!);
  }

  const users = {
    /** Staff members' names by id, for screens that say who did something (no other detail of the account). */
    displayNames: (userIds: readonly string[]) => accessStore.displayNames(store.db, userIds),

    async listUsers() {
      const kinds = await factorStore.kindsByUser(store.db);
      return (await accessStore.listUsers(store.db)).map((u) => toUserView(u, kinds.get(u.id) ?? []));
    },

    /** A new account with a one-time secret: at first sign-in the user enrols a factor and chooses a password. */
    async createUser(actor: Actor, input: Omit<CreateUserRequest, 'email'> & { email?: string | null }) {
      const secret = oneTimeSecret();
      const at = iso();
      const user: UserRecord = {
        id: ids.uuid(),
        username: input.username,
        displayName: input.displayName,
        email: input.email ?? null,
        passwordHash: await hashPassword(secret),
        roles: input.roles,
        officeId: input.officeId,
        districtId: input.districtId,
        language: input.language,
        mustChangePassword: true,
        disabledAt: null,
        version: 1,
        createdAt: at,
      };
      try {
        await store.transaction(async (trx) => {
          await accessStore.insertUser(trx, user, at);
          await audit.record(trx, { actor, action: 'user.create', record: { type: 'user', id: user.id } });
        });
      } catch (e) {
        if (isUniqueViolation(e)) throw Problem.field('/username', 'username.taken');
        throw e;
      }
      return { user: toUserView(user, []), oneTimeSecret: secret };
    },

    async updateUser(actor: Actor, id: string, version: number, patch: UpdateUserRequest) {
      const user = await existing(id);
      if (user.version !== version) throw new Problem('version-mismatch', {}, [], { currentVersion: user.version });
      const disabledAt = patch.disabled === undefined ? user.disabledAt : patch.disabled ? (user.disabledAt ?? iso()) : null;
      const updated: UserRecord = {
        ...user,
        displayName: patch.displayName ?? user.displayName,
        email: patch.email === undefined ? user.email : patch.email,
        roles: (patch.roles as Role[] | undefined) ?? user.roles,
        officeId: patch.officeId === undefined ? user.officeId : patch.officeId,
        districtId: patch.districtId === undefined ? user.districtId : patch.districtId,
        language: patch.language ?? user.language,
        disabledAt,
      };
      return save(updated, actor, 'user.update', disabledAt !== null || privilegesChanged(user, updated));
    },

    /** Issues a new one-time secret; the user must choose a new password at the next sign-in. */
    async resetPassword(actor: Actor, id: string) {
      const user = await existing(id);
      const secret = oneTimeSecret();
      const view = await save({ ...user, passwordHash: await hashPassword(secret), mustChangePassword: true }, actor, 'password.reset', true);
      return { user: view, oneTimeSecret: secret };
    },

    /**
     * Removes every second factor and recovery code of a user (a lost phone, a lost key) and ends
     * their sessions; they enrol again at their next sign-in. They are told by e-mail, so that a
     * reset they did not ask for does not go unnoticed.
     */
    async resetFactors(actor: Actor, id: string) {
      const user = await existing(id);
      await store.transaction(async (trx) => {
        await factorStore.removeAll(trx, user.id);
        await sessions.revokeAll(trx, user.id);
        await audit.record(trx, { actor, action: 'factors.reset', record: { type: 'user', id: user.id }, detail: { notified: user.email !== null } });
        if (user.email) {
          await notifications.enqueue(trx, [
            { subject: { type: 'user', id: user.id }, event: 'factors-reset', recipient: { channel: 'email', address: user.email, language: user.language }, params: {} },
          ]);
        }
      });
      if (user.email) notifications.wake();
      return userView(store.db, user);
    },

    /** On an empty store, creates the administrator; returns its one-time secret to be shown once. */
    async bootstrapAdministrator(): Promise<string | undefined> {
      if ((await accessStore.countUsers(store.db)) > 0) return undefined;
      const result = await users
        .createUser(
          { id: null, role: 'system' },
          { username: 'admin', displayName: 'Administrator', email: null, roles: ['administrator'], officeId: null, districtId: null, language: 'en' },
        )
        .catch((e) => {
          // Another node created it first.
          if (e instanceof Problem && e.code === 'validation') return undefined;
          throw e;
        });
      return result?.oneTimeSecret;
    },
  };
  return users;
}
