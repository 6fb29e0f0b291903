import type { Executor } from './executor.js';

/** Rows to insert into one table. Modules build them (they own their tables' layout); the store inserts them. */
export interface RowSet {
  table: string;
  rows: readonly object[];
  /**
   * The column the table's primary key leads with, where rows arrive in no useful order (hashed
   * keys): a bulk load inserts many in this column's order, so each lands near the last one.
   */
  clusteredBy?: string;
}

// Both stores take at least 32,766 bound parameters per statement; stay well below.
const maxParameters = 30_000;

/**
 * Rows of several writes merged per table, the tables in an order that respects every write's own
 * order (each write lists parents before children). One write may lack a table another has (a
 * household, say), so the order is a topological sort of all the writes' orders together, not
 * the order of first appearance.
 */
export function groupByTable(writes: readonly (readonly RowSet[])[]): Map<string, object[]> {
  const rows = new Map<string, object[]>();
  const before = new Map<string, Set<string>>();
  for (const sets of writes) {
    const seen: string[] = [];
    for (const set of sets) {
      let list = rows.get(set.table);
      if (!list) {
        rows.set(set.table, (list = []));
        before.set(set.table, new Set());
      }
      list.push(...set.rows);
      if (!seen.includes(set.table)) {
        if (seen.length) before.get(set.table)!.add(seen[seen.length - 1]!);
        seen.push(set.table);
      }
    }
  }
  const ordered = new Map<string, object[]>();
  const visit = (table: string) => {
    if (ordered.has(table)) return;
    ordered.set(table, []);
    for (const parent of before.get(table)!) visit(parent);
    ordered.delete(table);
    ordered.set(table, rows.get(table)!);
  };
  for (const table of rows.keys()) visit(table);
  for (const [table, list] of ordered) if (!list.length) ordered.delete(table);
  return ordered;
}

/**
 * Inserts one write's row sets with as few statements as possible: all rows for one table go in
 * one multi-row INSERT (chunked under the parameter limit), parents before children.
 */
export async function insertRowSets(db: Executor, sets: readonly RowSet[]): Promise<void> {
  for (const [table, rows] of groupByTable([sets])) {
    const perStatement = Math.max(1, Math.floor(maxParameters / Object.keys(rows[0]!).length));
    for (let i = 0; i < rows.length; i += perStatement) {
      await db.insertInto(table).values(rows.slice(i, i + perStatement)).execute();
    }
  }
}
