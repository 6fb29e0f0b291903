import { hash } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { RowSet } from '../store/row-sets.js';
import type { Dialect } from '../store/store.js';

interface PersonMatchKeysTable {
  key: string;
  person_id: string;
}

interface DuplicateCandidatesTable {
  id: string;
  person_id: string;
  candidate_id: string;
  application_id: string | null;
  probability: number;
  weight: number;
  fields: string;
  state: string;
  found_at: string;
  decided_by: string | null;
  decided_at: string | null;
  version: number;
}

interface MatchQueueTable {
  person_id: string;
  application_id: string | null;
  queued_at: string;
  lease_until: string | null;
  /** The person's stored keys, space-separated, until the check writes them into the index; null once indexed. */
  keys: string | null;
}

export interface MatchingTables {
  person_match_keys: PersonMatchKeysTable;
  duplicate_candidates: DuplicateCandidatesTable;
  match_queue: MatchQueueTable;
}

export type CandidateRow = DuplicateCandidatesTable;
type Db = Kysely<MatchingTables>;

/** Keys are stored hashed: short, of one length, and not the names themselves. */
export const storedKey = (key: string) => hash('sha256', key, 'base64url').slice(0, 16);

export function keyRowSet(personId: string, keys: readonly string[]): RowSet {
  return { table: 'person_match_keys', rows: [...new Set(keys.map(storedKey))].map((key) => ({ key, person_id: personId })), clusteredBy: 'key' };
}

/** Queues a person for the duplicate check, with the keys the check is to index (null: indexed already). */
export function queueRowSet(personId: string, applicationId: string | null, at: string, keys: readonly string[] | null): RowSet {
  const stored = keys && [...new Set(keys.map(storedKey))].join(' ');
  return { table: 'match_queue', rows: [{ person_id: personId, application_id: applicationId, queued_at: at, lease_until: null, keys: stored }] };
}

/** Code-unit order, the same on both stores (a database's collation may order text otherwise). */
const inCodeUnitOrder = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The queued people whose keys are not yet indexed, with those keys. */
async function pendingKeys(db: Db, personIds?: readonly string[]): Promise<{ personId: string; keys: string[] }[]> {
  let q = db.selectFrom('match_queue').select(['person_id', 'keys']).where('keys', 'is not', null);
  if (personIds) q = q.where('person_id', 'in', [...personIds]);
  return (await q.execute()).map((r) => ({ personId: r.person_id, keys: r.keys!.split(' ') }));
}

export const matchingStore = {
  /**
   * People sharing any of the keys, those sharing the most keys first (same name and birth year
   * before same surname only), at most `limit` of them. The lookup reads index entries only.
   */
  async peopleWithKeys(db: Db, keys: readonly string[], limit: number): Promise<{ person_id: string; shared: number }[]> {
    if (!keys.length) return [];
    const wanted = new Set(keys.map(storedKey));
    const indexed = await db
      .selectFrom('person_match_keys')
      .select(['person_id', (eb) => eb.fn.countAll<number>().as('shared')])
      .where('key', 'in', [...wanted])
      .groupBy('person_id')
      .orderBy('shared', 'desc')
      .orderBy('person_id')
      .limit(limit)
      .execute();
    // People registered since the check last indexed keys are found by the keys their queue rows
    // carry: a few, as the check indexes the whole queue's keys before checking anyone.
    const shared = new Map(indexed.map((r) => [r.person_id, Number(r.shared)]));
    for (const p of await pendingKeys(db)) {
      const n = p.keys.filter((k) => wanted.has(k)).length;
      if (n > (shared.get(p.personId) ?? 0)) shared.set(p.personId, n);
    }
    return [...shared]
      .map(([person_id, n]) => ({ person_id, shared: n }))
      .sort((a, b) => b.shared - a.shared || inCodeUnitOrder(a.person_id, b.person_id))
      .slice(0, limit);
  },

  /** The stored (hashed) keys of these people, without saying whose they are. */
  async storedKeysOf(db: Db, personIds: readonly string[]): Promise<string[]> {
    if (!personIds.length) return [];
    const rows = await db.selectFrom('person_match_keys').select('key').distinct().where('person_id', 'in', [...personIds]).execute();
    const pending = await pendingKeys(db, personIds);
    return [...new Set([...rows.map((r) => r.key), ...pending.flatMap((p) => p.keys)])];
  },

  async replaceKeys(db: Db, personId: string, keys: readonly string[]) {
    await db.deleteFrom('person_match_keys').where('person_id', '=', personId).execute();
    const set = keyRowSet(personId, keys);
    if (set.rows.length) await db.insertInto('person_match_keys').values(set.rows as PersonMatchKeysTable[]).execute();
    // Indexed now: the queued check must not index the keys the person had before.
    await db.updateTable('match_queue').set({ keys: null }).where('person_id', '=', personId).execute();
  },

  /**
   * Writes the keys that queued people's rows carry into the index, in key order (fewer pages
   * between neighbours), and empties those rows' keys: the people named, or the oldest `limit`
   * not yet indexed. The rows are read, locked on PostgreSQL, in the transaction that writes the
   * keys: a correction meanwhile has indexed the person's new keys itself.
   */
  async indexQueued(db: Db, dialect: Dialect, which: { personIds: readonly string[] } | { oldest: number }): Promise<number> {
    if ('personIds' in which && !which.personIds.length) return 0;
    let q = db.selectFrom('match_queue').select(['person_id', 'keys']).where('keys', 'is not', null);
    q = 'personIds' in which ? q.where('person_id', 'in', [...which.personIds]) : q.orderBy('queued_at').limit(which.oldest);
    if (dialect === 'postgres') q = 'personIds' in which ? q.forUpdate() : q.forUpdate().skipLocked();
    const rows = await q.execute();
    const keyRows = rows.flatMap((r) => r.keys!.split(' ').map((key) => ({ key, person_id: r.person_id }))).sort((a, b) => inCodeUnitOrder(a.key, b.key));
    if (keyRows.length) await db.insertInto('person_match_keys').values(keyRows).onConflict((oc) => oc.columns(['key', 'person_id']).doNothing()).execute();
    if (rows.length) await db.updateTable('match_queue').set({ keys: null }).where('person_id', 'in', rows.map((r) => r.person_id)).execute();
    return rows.length;
  },

  /**
   * Erasure (issue 4): the lookup keys (hashes of the names), the pairs flagged for review (their
   * explanations quote the names) and queued checks of these people.
   */
  async forget(db: Db, personIds: readonly string[]) {
    if (!personIds.length) return;
    await db.deleteFrom('person_match_keys').where('person_id', 'in', personIds).execute();
    await db.deleteFrom('duplicate_candidates').where((eb) => eb.or([eb('person_id', 'in', personIds), eb('candidate_id', 'in', personIds)])).execute();
    await db.deleteFrom('match_queue').where('person_id', 'in', personIds).execute();
  },

  /** Claims queued people to check for duplicates (see the notification outbox for the pattern). */
  async claimQueued(db: Db, dialect: Dialect, now: string, leaseUntil: string, limit: number) {
    let due = db
      .selectFrom('match_queue')
      .select('person_id')
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', now)]))
      .orderBy('queued_at')
      .limit(limit);
    if (dialect === 'postgres') due = due.forUpdate().skipLocked();
    return db.updateTable('match_queue').set({ lease_until: leaseUntil }).where('person_id', 'in', due).returningAll().execute();
  },

  /** How many people await the check, by whether their keys are indexed yet. */
  async queueCounts(db: Db): Promise<{ indexed: number; pending: number }> {
    const r = await db
      .selectFrom('match_queue')
      .select((eb) => [eb.fn.countAll<number>().as('all'), eb.fn.count<number>('keys').as('pending')])
      .executeTakeFirstOrThrow();
    return { indexed: Number(r.all) - Number(r.pending), pending: Number(r.pending) };
  },

  async dequeue(db: Db, personIds: readonly string[]) {
    if (personIds.length) await db.deleteFrom('match_queue').where('person_id', 'in', personIds).execute();
  },

  /** Pairs already known in either direction (so a dismissed pair is not flagged again). */
  async knownPairs(db: Db, personId: string): Promise<Set<string>> {
    const rows = await db
      .selectFrom('duplicate_candidates')
      .select(['person_id', 'candidate_id'])
      .where((eb) => eb.or([eb('person_id', '=', personId), eb('candidate_id', '=', personId)]))
      .execute();
    return new Set(rows.map((r) => (r.person_id === personId ? r.candidate_id : r.person_id)));
  },

  async insertCandidates(db: Db, rows: CandidateRow[]) {
    if (rows.length) await db.insertInto('duplicate_candidates').values(rows).onConflict((oc) => oc.columns(['person_id', 'candidate_id']).doNothing()).execute();
  },

  candidate: (db: Db, id: string) => db.selectFrom('duplicate_candidates').selectAll().where('id', '=', id).executeTakeFirst(),

  async list(db: Db, state: string, limit: number, offset: number) {
    const q = db.selectFrom('duplicate_candidates').where('state', '=', state);
    const [rows, total] = await Promise.all([
      q.selectAll().orderBy('probability', 'desc').orderBy('found_at').orderBy('id').limit(limit).offset(offset).execute(),
      q.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow(),
    ]);
    return { rows, total: Number(total.n) };
  },

  forPeople: (db: Db, personIds: readonly string[]) =>
    personIds.length
      ? db
          .selectFrom('duplicate_candidates')
          .selectAll()
          .where((eb) => eb.or([eb('person_id', 'in', personIds), eb('candidate_id', 'in', personIds)]))
          .orderBy('probability', 'desc')
          .execute()
      : Promise.resolve([]),

  async decide(db: Db, id: string, expectedVersion: number, state: string, by: string | null, at: string): Promise<boolean> {
    const r = await db
      .updateTable('duplicate_candidates')
      .set({ state, decided_by: by, decided_at: at, version: expectedVersion + 1 })
      .where('id', '=', id)
      .where('version', '=', expectedVersion)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) === 1;
  },
};
