import type { TestApp } from './harness.js';

const counted = ['applications', 'application_actions', 'people', 'outbox', 'idempotency_keys', 'attachments'] as const;
export type RecordCounts = Record<(typeof counted)[number], number>;

/** How many rows the records a request could create have, read straight from the store. */
export async function recordCounts(t: TestApp): Promise<RecordCounts> {
  const { db } = t.runtime.deps.store;
  const entries = await Promise.all(
    counted.map(async (table) => {
      const row = await db.selectFrom(table).select((eb) => eb.fn.countAll().as('n')).executeTakeFirstOrThrow();
      return [table, Number(row.n)] as const;
    }),
  );
  return Object.fromEntries(entries) as RecordCounts;
}
