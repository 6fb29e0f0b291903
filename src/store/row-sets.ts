import type { Executor } from './store.js';

/** Rows to insert into one table. Modules build them (they own their tables' layout); the store inserts them. */
export interface RowSet {
  table: string;
  rows: readonly object[];
}

// Both stores take at least 32,766 bound parameters per statement; stay well below.
const maxParameters = 30_000;

/** Rows of several sets merged per table, tables in the order they first appear (foreign keys). */
export function groupByTable(sets: readonly RowSet[]): Map<string, object[]> {
  const out = new Map<string, object[]>();
  for (const set of sets) {
    if (!set.rows.length) continue;
    let rows = out.get(set.table);
    if (!rows) out.set(set.table, (rows = []));
    rows.push(...set.rows);
  }
  return out;
}

/**
 * Inserts row sets with as few statements as possible: all rows for one table go in one
 * multi-row INSERT (chunked under the parameter limit). Tables are written in the order they
 * first appear, which is the order foreign keys need when every writer lists them the same way.
 */
export async function insertRowSets(db: Executor, sets: readonly RowSet[]): Promise<void> {
  for (const [table, rows] of groupByTable(sets)) {
    const perStatement = Math.max(1, Math.floor(maxParameters / Object.keys(rows[0]!).length));
    for (let i = 0; i < rows.length; i += perStatement) {
      await db.insertInto(table).values(rows.slice(i, i + perStatement)).execute();
    }
  }
}
