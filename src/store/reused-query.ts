import type { CompiledQuery, Compilable } from 'kysely';
import type { Executor } from './store.js';

const marker = '\u0000value';

/**
 * A query run on every request, by one value (the session lookup). Its SQL is built once per
 * database handle and each run only binds the value: building it through the query builder each
 * time was a noticeable part of a small request's cost. Answers the first row, if any.
 */
export function reusedQuery<Row>(build: (db: Executor, value: string) => Compilable<Row>) {
  const compiled = new WeakMap<Executor, CompiledQuery<Row>>();
  return async (db: Executor, value: string): Promise<Row | undefined> => {
    let query = compiled.get(db);
    if (!query) compiled.set(db, (query = build(db, marker).compile()));
    const parameters = query.parameters.map((p) => (p === marker ? value : p));
    const result = await db.executeQuery<Row>({ ...query, parameters });
    return result.rows[0];
  };
}
