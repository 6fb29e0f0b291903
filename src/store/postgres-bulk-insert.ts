import { createHash } from 'node:crypto';
import { sql } from 'kysely';
import type pg from 'pg';
import { groupByTable, type RowSet } from './row-sets.js';
import type { Executor } from './executor.js';

/**
 * The group-commit path on PostgreSQL: the whole group is one statement, so one round trip. Each
 * table's rows travel as one array per column and are inserted with `unnest` in a data-modifying
 * WITH clause; one statement is atomic by itself, and foreign keys are checked at its end, when
 * the rows of every table are there. The statement's text depends only on the tables and columns,
 * not on the number of rows, so it is sent as a named prepared statement: each connection parses
 * and plans it once instead of on every group (most groups are a read's audit entry or two).
 */
export function postgresBulkInserter(db: Executor) {
  const columnTypes = new Map<string, Promise<Map<string, string>>>();
  const typesOf = (table: string) => {
    let types = columnTypes.get(table);
    if (!types) {
      types = sql<{ column_name: string; udt_name: string }>`select column_name, udt_name from information_schema.columns where table_schema = current_schema() and table_name = ${table}`
        .execute(db)
        .then((r) => new Map(r.rows.map((c) => [c.column_name, c.udt_name])));
      columnTypes.set(table, types);
    }
    return types;
  };
  return async (pool: pg.Pool, writes: readonly (readonly RowSet[])[]) => {
    const inserts = [];
    for (const [table, rows] of groupByTable(writes)) {
      const types = await typesOf(table);
      const columns = Object.keys(rows[0]!);
      const arrays = columns.map((c) => sql`${rows.map((r) => (r as Record<string, unknown>)[c])}::${sql.raw(`${types.get(c) ?? 'text'}[]`)}`);
      inserts.push(sql`${sql.raw(`w${inserts.length}`)} as (insert into ${sql.table(table)} (${sql.join(columns.map((c) => sql.ref(c)))}) select * from unnest(${sql.join(arrays)}))`);
    }
    if (!inserts.length) return;
    const { sql: text, parameters } = sql`with ${sql.join(inserts)} select 1`.compile(db);
    const name = `bulk-${createHash('sha256').update(text).digest('base64url').slice(0, 20)}`;
    await pool.query({ name, text, values: parameters as unknown[] });
  };
}
