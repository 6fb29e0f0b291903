import { Problem } from '../platform/problem.js';
import type { Clock } from '../platform/clock.js';
import { insertRowSets, type RowSet } from './row-sets.js';
import type { Executor, Store } from './store.js';

/** What a caller promised by sending an Idempotency-Key (or a client-generated id). */
export interface IdempotencyClaim {
  /** Whose key it is: the same key from two users is two different requests. */
  scope: string;
  key: string;
  /** A digest of the request, so that reusing a key for another request is refused. */
  requestHash: string;
}

export interface IdempotentResult<T> {
  result: T;
  replayed: boolean;
}

/**
 * Runs a write once per key. The key row is written in the same transaction as the write itself,
 * and the store's primary key (not an application check) refuses a second one: when two copies of
 * a request race, the loser's transaction rolls back whole and it answers with the winner's result.
 */
export async function runIdempotent<T>(
  store: Store,
  clock: Clock,
  claim: IdempotencyClaim | undefined,
  write: (trx: Executor) => Promise<T>,
): Promise<IdempotentResult<T>> {
  if (!claim) return { result: await store.transaction(write), replayed: false };

  const earlier = await findResult<T>(store.db, claim);
  if (earlier) return earlier;
  try {
    const result = await store.transaction(async (trx) => {
      const value = await write(trx);
      await insertRowSets(trx, [idempotencyRowSet(claim, value, clock.now().toISOString())]);
      return value;
    });
    return { result, replayed: false };
  } catch (e) {
    // A copy of this request that raced ours may have won. Its answer is ours too, whatever made
    // our attempt fail: the key's primary key, or a conflict the winner's own write caused (a
    // step's version had moved on).
    const winner = await findResult<T>(store.db, claim);
    if (winner) return winner;
    throw e;
  }
}

/** The row that records a key's first answer, to be written with the write it answers for. */
export function idempotencyRowSet(claim: IdempotencyClaim, result: unknown, at: string): RowSet {
  return {
    table: 'idempotency_keys',
    rows: [{ scope: claim.scope, key: claim.key, request_hash: claim.requestHash, response: JSON.stringify(result), created_at: at }],
  };
}

export async function findResult<T>(db: Executor, claim: IdempotencyClaim): Promise<IdempotentResult<T> | undefined> {
  const row = await db
    .selectFrom('idempotency_keys')
    .select(['request_hash', 'response'])
    .where('scope', '=', claim.scope)
    .where('key', '=', claim.key)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.request_hash !== claim.requestHash) throw new Problem('idempotency-mismatch');
  return { result: JSON.parse(row.response) as T, replayed: true };
}

/**
 * Erasure (issue 4): the stored answers that name any of these ids (an application's receipt, an
 * attachment), with the digest of the request they answered — of a scan, a name typed: a digest
 * lets whoever holds a candidate confirm it. Ids are UUIDs, so the pattern has no wildcard in it.
 */
export async function forgetResponsesNaming(trx: Executor, ids: readonly string[]) {
  if (!ids.length) return;
  await trx
    .deleteFrom('idempotency_keys')
    .where((eb) => eb.or(ids.map((id) => eb('response', 'like', `%${id}%`))))
    .execute();
}
