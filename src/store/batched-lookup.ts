import type { CompiledQuery, Compilable } from 'kysely';
import type { Executor } from './store.js';

interface Waiting<Row> {
  resolve(row: Row | undefined): void;
  reject(e: unknown): void;
}

interface PerHandle<Row> {
  waiting: Map<string, Waiting<Row>[]>;
  running: number;
  compiled: Map<number, CompiledQuery<Row>>;
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
export function batchedLookup<Row>(
  build: (db: Executor, values: string[]) => Compilable<Row>,
  keyOf: (row: Row) => string,
  { concurrency = 2, maxValues = 64 } = {},
) {
  const handles = new WeakMap<Executor, PerHandle<Row>>();

  function query(db: Executor, state: PerHandle<Row>, values: string[]) {
    let compiled = state.compiled.get(values.length);
    if (!compiled) state.compiled.set(values.length, (compiled = build(db, values.map((_, i) => marker(i))).compile()));
    const position = new Map(values.map((_, i) => [marker(i), i]));
    const parameters = compiled.parameters.map((p) => (typeof p === 'string' && position.has(p) ? values[position.get(p)!] : p));
    return db.executeQuery<Row>({ ...compiled, parameters });
  }

  async function drain(db: Executor, state: PerHandle<Row>) {
    state.running++;
    // Lookups asked for in the same turn of the event loop join the first query.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (state.waiting.size) {
        const batch = [...state.waiting].slice(0, maxValues);
        for (const [value] of batch) state.waiting.delete(value);
        try {
          const { rows } = await query(db, state, batch.map(([value]) => value));
          const found = new Map(rows.map((row) => [keyOf(row), row]));
          for (const [value, waiters] of batch) for (const w of waiters) w.resolve(found.get(value));
        } catch (e) {
          for (const [, waiters] of batch) for (const w of waiters) w.reject(e);
        }
      }
    } finally {
      state.running--;
    }
  }

  return (db: Executor, value: string): Promise<Row | undefined> => {
    let state = handles.get(db);
    if (!state) handles.set(db, (state = { waiting: new Map(), running: 0, compiled: new Map() }));
    const ready = state;
    return new Promise((resolve, reject) => {
      const waiters = ready.waiting.get(value);
      if (waiters) waiters.push({ resolve, reject });
      else ready.waiting.set(value, [{ resolve, reject }]);
      if (ready.running < concurrency) void drain(db, ready);
    });
  };
}
