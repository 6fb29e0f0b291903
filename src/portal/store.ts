import type { Kysely } from 'kysely';
import { batchedLookup } from '../store/batched-lookup.js';

interface PortalChallengesTable {
  id: string;
  application_id: string | null;
  code_hash: string;
  attempts: number;
  expires_at: string;
  used_at: string | null;
  created_at: string;
}

interface PortalSessionsTable {
  id: string;
  application_id: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
  revoked_at: string | null;
}

interface PortalThrottleTable {
  key: string;
  hits: number;
  first_hit_at: string;
  locked_until: string | null;
}

export interface PortalTables {
  portal_challenges: PortalChallengesTable;
  portal_sessions: PortalSessionsTable;
  portal_throttle: PortalThrottleTable;
}

export type ChallengeRow = PortalChallengesTable;
export type PortalSessionRow = PortalSessionsTable;
export type ThrottleRow = PortalThrottleTable;
type Db = Kysely<PortalTables>;

/** Run on every request of a resident signed in on the portal. */
const sessionQuery = batchedLookup(
  (db, ids) => (db as Db).selectFrom('portal_sessions').selectAll().where('id', 'in', ids),
  (row) => row.id,
);

export const portalStore = {
  insertChallenge: (db: Db, row: ChallengeRow) => db.insertInto('portal_challenges').values(row).execute(),

  challenge: (db: Db, id: string) => db.selectFrom('portal_challenges').selectAll().where('id', '=', id).executeTakeFirst(),

  /** Counts a try; true only for the one try that finds it unused, unexpired and with tries left. */
  async countTry(db: Db, id: string, now: string, maxTries: number): Promise<boolean> {
    const updated = await db
      .updateTable('portal_challenges')
      .set((eb) => ({ attempts: eb('attempts', '+', 1) }))
      .where('id', '=', id)
      .where('used_at', 'is', null)
      .where('expires_at', '>', now)
      .where('attempts', '<', maxTries)
      .executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1;
  },

  /** Marks a challenge used; false when another request used it first (a code works once). */
  async use(db: Db, id: string, now: string): Promise<boolean> {
    const updated = await db.updateTable('portal_challenges').set({ used_at: now }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
    return Number(updated.numUpdatedRows) === 1;
  },

  insertSession: (db: Db, row: PortalSessionRow) => db.insertInto('portal_sessions').values(row).execute(),

  session: (db: Db, id: string) => sessionQuery(db, id),

  touchSession: (db: Db, id: string, at: string) => db.updateTable('portal_sessions').set({ last_seen_at: at }).where('id', '=', id).execute(),

  revokeSession: (db: Db, id: string, at: string) => db.updateTable('portal_sessions').set({ revoked_at: at }).where('id', '=', id).execute(),

  challengesOf: (db: Db, applicationIds: readonly string[]) =>
    applicationIds.length ? db.selectFrom('portal_challenges').select('id').where('application_id', 'in', applicationIds).execute() : Promise.resolve([]),

  /** Erasure (issue 4): codes and sessions of these applications, and the throttles keyed by their references. */
  async forget(db: Db, applicationIds: readonly string[], throttleKeys: readonly string[]) {
    if (applicationIds.length) {
      await db.deleteFrom('portal_challenges').where('application_id', 'in', applicationIds).execute();
      await db.deleteFrom('portal_sessions').where('application_id', 'in', applicationIds).execute();
    }
    if (throttleKeys.length) await db.deleteFrom('portal_throttle').where('key', 'in', throttleKeys).execute();
  },

  throttle: (db: Db, key: string) => db.selectFrom('portal_throttle').selectAll().where('key', '=', key).executeTakeFirst(),

  async saveThrottle(db: Db, row: ThrottleRow) {
    await db
      .insertInto('portal_throttle')
      .values(row)
      .onConflict((oc) => oc.column('key').doUpdateSet({ hits: row.hits, first_hit_at: row.first_hit_at, locked_until: row.locked_until }))
      .execute();
  },
};
