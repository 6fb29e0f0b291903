import type { Kysely } from 'kysely';
import type { Dialect } from '../store/store.js';

interface OutboxTable {
  id: number;
  subject_type: string;
  subject_id: string;
  event: string;
  channel: string;
  recipient: string;
  language: string;
  params: string;
  state: string;
  attempts: number;
  next_attempt_at: string;
  lease_owner: string | null;
  lease_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface NotificationTables {
  outbox: Omit<OutboxTable, 'id'> & { id?: number };
}

export type OutboxRow = OutboxTable;
type Db = Kysely<NotificationTables>;

export const outboxStore = {
  /**
   * Claims up to `limit` due messages for one worker by moving them to 'sending' under a lease.
   * On PostgreSQL, FOR UPDATE SKIP LOCKED lets workers on several nodes claim side by side without
   * ever taking the same row; SQLite has one writer at a time, so the single UPDATE is enough. A
   * worker that dies mid-send leaves its lease to expire, and the message is claimed again.
   */
  async claim(db: Db, dialect: Dialect, owner: string, now: string, leaseUntil: string, limit: number): Promise<OutboxRow[]> {
    let due = db
      .selectFrom('outbox')
      .select('id')
      .where('state', 'in', ['pending', 'sending'])
      .where('next_attempt_at', '<=', now)
      .orderBy('id')
      .limit(limit);
    if (dialect === 'postgres') due = due.forUpdate().skipLocked();
    const rows = await db
      .updateTable('outbox')
      .set((eb) => ({
        state: 'sending',
        lease_owner: owner,
        lease_until: leaseUntil,
        next_attempt_at: leaseUntil,
        attempts: eb('attempts', '+', 1),
      }))
      .where('id', 'in', due)
      .returningAll()
      .execute();
    return (rows as OutboxRow[]).sort((a, b) => a.id - b.id);
  },

  /** Records the outcome of an attempt, only if this worker still holds the lease. */
  async settle(db: Db, id: number, owner: string, set: Partial<Pick<OutboxRow, 'state' | 'next_attempt_at' | 'last_error' | 'sent_at'>>) {
    await db
      .updateTable('outbox')
      .set({ ...set, lease_owner: null, lease_until: null })
      .where('id', '=', id)
      .where('lease_owner', '=', owner)
      .execute();
  },

  async forSubject(db: Db, subjectType: string, subjectId: string) {
    return db
      .selectFrom('outbox')
      .selectAll()
      .where('subject_type', '=', subjectType)
      .where('subject_id', '=', subjectId)
      .orderBy('id')
      .execute() as Promise<OutboxRow[]>;
  },

  bySubjects: (db: Db, subjectType: string, subjectIds: readonly string[]) =>
    subjectIds.length
      ? (db.selectFrom('outbox').selectAll().where('subject_type', '=', subjectType).where('subject_id', 'in', subjectIds).orderBy('id').execute() as Promise<OutboxRow[]>)
      : Promise.resolve([]),

  /** Erasure (issue 4): the messages about these subjects go, with their addresses and parameters. */
  forgetSubjects: (db: Db, subjectType: string, subjectIds: readonly string[]) =>
    subjectIds.length ? db.deleteFrom('outbox').where('subject_type', '=', subjectType).where('subject_id', 'in', subjectIds).execute() : Promise.resolve([]),

  async byState(db: Db, state: string, limit: number) {
    return db.selectFrom('outbox').selectAll().where('state', '=', state).orderBy('id', 'desc').limit(limit).execute() as Promise<OutboxRow[]>;
  },

  async byId(db: Db, id: number) {
    return db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirst() as Promise<OutboxRow | undefined>;
  },

  async requeue(db: Db, id: number, now: string) {
    const r = await db
      .updateTable('outbox')
      .set({ state: 'pending', attempts: 0, next_attempt_at: now, last_error: null })
      .where('id', '=', id)
      .where('state', '=', 'dead')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },

  async countByState(db: Db) {
    return db.selectFrom('outbox').select(['state', (eb) => eb.fn.countAll<number>().as('n')]).groupBy('state').execute();
  },
};
