import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openStore, isUniqueViolation, type Store } from '../../src/store/store.js';
import type { RowSet } from '../../src/store/row-sets.js';
import { createTestStore, storeKinds, type TestStore } from '../support/stores.js';

const row = (id: string): RowSet => ({ table: 'group_commit_rows', rows: [{ id, note: `row ${id}` }] });

describe.each(storeKinds)('group commit on %s', (kind) => {
  let testStore: TestStore;
  let store: Store;

  beforeAll(async () => {
    testStore = await createTestStore(kind);
    store = openStore(testStore.config);
    await sql`create table group_commit_rows (id text primary key, note text not null)`.execute(store.writer);
  });
  afterAll(async () => {
    await store.close();
    await testStore.drop();
  });

  it('answers every write only once it is committed, and a refused row fails alone', async () => {
    const writes = Array.from({ length: 400 }, (_, i) => store.batch.write([row(`b${i}`)], { durable: i % 3 !== 0 }));
    const transactions = Array.from({ length: 40 }, (_, i) =>
      store.transaction((trx) => trx.insertInto('group_commit_rows').values({ id: `t${i}`, note: 'in a transaction' }).execute()),
    );
    const duplicate = store.batch.write([row('b7')]);
    const outcomes = await Promise.allSettled([...writes, ...transactions, duplicate]);

    // Failures are listed by their errors, so that a failure here says what went wrong.
    expect(outcomes.slice(0, -1).flatMap((o) => (o.status === 'rejected' ? [String(o.reason)] : []))).toEqual([]);
    const refused = outcomes.at(-1)!;
    expect(refused.status === 'rejected' && isUniqueViolation(refused.reason)).toBe(true);

    // A new handle on the same store sees exactly what was acknowledged.
    const reopened = openStore(testStore.config);
    try {
      const { n } = await reopened.db.selectFrom('group_commit_rows').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
      expect(Number(n)).toBe(440);
    } finally {
      await reopened.close();
    }
  });
});
