import type { Kysely } from 'kysely';
import type { Executor } from '../store/store.js';
import { batchedLookup } from '../store/batched-lookup.js';
import type { Role } from './core/policy.js';

interface UsersTable {
  id: string;
  username: string;
  display_name: string;
  password_hash: string;
  roles: string;
  office_id: string | null;
  district_id: string | null;
  language: string;
  email: string | null;
  must_change_password: number;
  disabled_at: string | null;
  version: number;
  created_at: string;
  updated_at: string;
}

interface SessionsTable {
  id: string;
  user_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
  second_factor_at: string | null;
  ceremony: string | null;
}

interface LoginThrottleTable {
  key: string;
  failures: number;
  last_failure_at: string;
  locked_until: string | null;
}

export interface AccessTables {
  users: UsersTable;
  sessions: SessionsTable;
  login_throttle: LoginThrottleTable;
}

type Db = Kysely<AccessTables>;

export interface UserRecord {
  id: string;
  username: string;
  displayName: string;
  passwordHash: string;
  roles: Role[];
  officeId: string | null;
  districtId: string | null;
  language: string;
  email: string | null;
  mustChangePassword: boolean;
  disabledAt: string | null;
  version: number;
  createdAt: string;
}

const toUser = (r: UsersTable): UserRecord => ({
  id: r.id,
  username: r.username,
  displayName: r.display_name,
  passwordHash: r.password_hash,
  roles: JSON.parse(r.roles) as Role[],
  officeId: r.office_id,
  districtId: r.district_id,
  language: r.language,
  email: r.email,
  mustChangePassword: r.must_change_password === 1,
  disabledAt: r.disabled_at,
  version: r.version,
  createdAt: r.created_at,
});

/** Run on every staff request. */
const sessionWithUserQuery = batchedLookup(
  (db, ids) =>
    (db as Db)
      .selectFrom('sessions')
      .innerJoin('users', 'users.id', 'sessions.user_id')
      .selectAll('users')
      .select([
        'sessions.id as session_id',
        'sessions.created_at as session_created_at',
        'sessions.last_seen_at as session_last_seen_at',
        'sessions.expires_at as session_expires_at',
        'sessions.revoked_at as session_revoked_at',
        'sessions.second_factor_at as session_second_factor_at',
      ])
      .where('sessions.id', 'in', ids),
  (row) => row.session_id,
);

export const accessStore = {
  async insertUser(db: Db, u: UserRecord, at: string) {
    await db
      .insertInto('users')
      .values({
        id: u.id,
        username: u.username,
        display_name: u.displayName,
        password_hash: u.passwordHash,
        roles: JSON.stringify(u.roles),
        office_id: u.officeId,
        district_id: u.districtId,
        language: u.language,
        email: u.email,
        must_change_password: u.mustChangePassword ? 1 : 0,
        disabled_at: u.disabledAt,
        version: u.version,
        created_at: at,
        updated_at: at,
      })
      .execute();
  },

  async updateUser(db: Db, u: UserRecord, at: string): Promise<boolean> {
    const result = await db
      .updateTable('users')
      .set({
        display_name: u.displayName,
        password_hash: u.passwordHash,
        roles: JSON.stringify(u.roles),
        office_id: u.officeId,
        district_id: u.districtId,
        language: u.language,
        email: u.email,
        must_change_password: u.mustChangePassword ? 1 : 0,
        disabled_at: u.disabledAt,
        version: u.version + 1,
        updated_at: at,
      })
      .where('id', '=', u.id)
      .where('version', '=', u.version)
      .executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async userById(db: Db, id: string) {
    const row = await db.selectFrom('users').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toUser(row);
  },

  async userByName(db: Db, username: string) {
    const row = await db.selectFrom('users').selectAll().where('username', '=', username).executeTakeFirst();
    return row && toUser(row);
  },

  async displayNames(db: Db, ids: readonly string[]) {
    const rows = ids.length ? await db.selectFrom('users').select(['id', 'display_name']).where('id', 'in', [...ids]).execute() : [];
    return new Map(rows.map((r) => [r.id, r.display_name]));
  },

  async listUsers(db: Db) {
    const rows = await db.selectFrom('users').selectAll().orderBy('username').execute();
    return rows.map(toUser);
  },

  async countUsers(db: Db): Promise<number> {
    const row = await db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async insertSession(db: Db, s: SessionsTable) {
    await db.insertInto('sessions').values(s).execute();
  },

  async sessionWithUser(db: Db, id: string) {
    const row = await sessionWithUserQuery(db as Executor, id);
    if (!row) return undefined;
    return {
      user: toUser(row),
      session: {
        id: row.session_id,
        createdAt: row.session_created_at,
        lastSeenAt: row.session_last_seen_at,
        expiresAt: row.session_expires_at,
        revokedAt: row.session_revoked_at,
        secondFactorAt: row.session_second_factor_at,
      },
    };
  },

  async touchSession(db: Db, id: string, at: string) {
    await db.updateTable('sessions').set({ last_seen_at: at }).where('id', '=', id).execute();
  },

  async revokeSession(db: Db, id: string, at: string) {
    await db.updateTable('sessions').set({ revoked_at: at, ceremony: null }).where('id', '=', id).where('revoked_at', 'is', null).execute();
  },

  /** The ceremony in progress on a session (a TOTP enrolment, a WebAuthn challenge), as stored. */
  async ceremony(db: Db, sessionId: string): Promise<string | null> {
    const row = await db.selectFrom('sessions').select('ceremony').where('id', '=', sessionId).executeTakeFirst();
    return row?.ceremony ?? null;
  },

  async setCeremony(db: Db, sessionId: string, ceremony: string | null) {
    await db.updateTable('sessions').set({ ceremony }).where('id', '=', sessionId).execute();
  },

  /** Ends the ceremony if it is still the given one; false when another request took it first. */
  async takeCeremony(db: Db, sessionId: string, ceremony: string): Promise<boolean> {
    const result = await db.updateTable('sessions').set({ ceremony: null }).where('id', '=', sessionId).where('ceremony', '=', ceremony).executeTakeFirst();
    return Number(result.numUpdatedRows) === 1;
  },

  async revokeUserSessions(db: Db, userId: string, at: string) {
    await db.updateTable('sessions').set({ revoked_at: at, ceremony: null }).where('user_id', '=', userId).where('revoked_at', 'is', null).execute();
  },

  async throttle(db: Db, key: string) {
    return db.selectFrom('login_throttle').selectAll().where('key', '=', key).executeTakeFirst();
  },

  async saveThrottle(db: Db, row: LoginThrottleTable) {
    await db
      .insertInto('login_throttle')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet({ failures: row.failures, last_failure_at: row.last_failure_at, locked_until: row.locked_until }))
      .execute();
  },

  async clearThrottle(db: Db, key: string) {
    await db.deleteFrom('login_throttle').where('key', '=', key).execute();
  },
};
