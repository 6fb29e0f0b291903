import type { CompiledQuery, Compilable } from 'kysely';
import { inGroups } from './in-groups.js';
import type { Executor } from './store.js';

interface Lookup<Row> {
  value: string;
  resolve(row: Row | undefined): void;
  reject(e: unknown): void;
}

const marker = (i: number) => `\u0000value${i}`;

/**
 * A lookup by one value that every request makes (the session lookup). Lookups asked for while
 * others are on their way to the database wait for them and then go together, as one query with
 * an IN list. On PostgreSQL each query is a round trip, and under 50 registrars' load the system
 * calls of those round trips took a third of the serving thread's time. Each lookup is still
 * sent after it was asked for, so it sees every change committed before: a session revoked a
 * moment ago is refused at once, as with a query of its own. The SQL for each list length is
 * built once per database handle; building it through the query builder every time was a
 * noticeable part of a small request's cost.
 */
export function batchedLookup<Row>(build: (db: Executor, values: string[]) => Compilable<Row>, keyOf: (row: Row) => string) {
  const handles = new WeakMap<Executor, (lookup: Lookup<Row>) => void>();

  function lookupsOn(db: Executor) {
    const compiled = new Map<number, CompiledQuery<Row>>();
    const query = (values: string[]) => {
      let sql = compiled.get(values.length);
      if (!sql) compiled.set(values.length, (sql = build(db, values.map((_, i) => marker(i))).compile()));
      const position = new Map(values.map((_, i) => [marker(i), i]));
      const parameters = sql.parameters.map((p) => (typeof p === 'string' && position.has(p) ? values[position.get(p)!] : p));
      return db.executeQuery<Row>({ ...sql, parameters });
    };
    const ask = inGroups<Lookup<Row>>(
      async (group) => {
        try {
          const { rows } = await query([...new Set(group.map((l) => l.value))]);
          const found = new Map(rows.map((row) => [keyOf(row), row]));
          for (const l of group) l.resolve(found.get(l.value));
        } catch (e) {
          for (const l of group) l.reject(e);
        }
      },
      { maxGroup: 64, concurrency: 2 },
    );
    handles.set(db, ask);
    return ask;
  }

  return (db: Executor, value: string): Promise<Row | undefined> => {
    const ask = handles.get(db) ?? lookupsOn(db);
    return new Promise((resolve, reject) => ask({ value, resolve, reject }));
  };
}
