import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { groupByTable, type RowSet } from './row-sets.js';

/** Per table: its columns, and the values of all its rows one after another. */
type Tables = [table: string, columns: string[], values: unknown[]][];
type Answer = { id: number; error?: { message: string; code?: string } };

/**
 * The thread's code is given inline, as the checkpointer's is, so that it runs the same from
 * compiled code and from sources (tests run the real thread). It inserts each message's rows in
 * one transaction, many rows to a statement: each statement run costs more than the values it
 * binds. BEGIN IMMEDIATE takes the write lock up front, as the serving connection's does.
 */
const code = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
for (const pragma of workerData.pragmas) db.pragma(pragma);
const statements = new Map();
const statementFor = (table, columns, rows) => {
  const key = table + '(' + columns.join(',') + ')x' + rows;
  let stmt = statements.get(key);
  if (!stmt) {
    const row = '(' + columns.map(() => '?').join(', ') + ')';
    stmt = db.prepare('insert into "' + table + '" (' + columns.map((c) => '"' + c + '"').join(', ') + ') values ' + Array(rows).fill(row).join(', '));
    statements.set(key, stmt);
  }
  return stmt;
};
const insertAll = db.transaction((tables) => {
  for (const [table, columns, values] of tables) {
    const width = columns.length;
    const step = workerData.rowsPerStatement * width;
    let at = 0;
    for (; at + step <= values.length; at += step) statementFor(table, columns, workerData.rowsPerStatement).run(values.slice(at, at + step));
    if (at < values.length) statementFor(table, columns, (values.length - at) / width).run(values.slice(at));
  }
});
parentPort.on('message', (message) => {
  if (message === 'close') { db.close(); parentPort.close(); return; }
  try {
    insertAll.immediate(message.tables);
    parentPort.postMessage({ id: message.id });
  } catch (e) {
    parentPort.postMessage({ id: message.id, error: { message: String(e && e.message), code: e && e.code } });
  }
});
`;

/**
 * Rows grouped by the first two characters of a text column, in that order: enough for inserts
 * into an index on it to stay among a few neighbouring pages, at a fraction of a full sort's cost.
 */
function byLeadingCharacters(rows: object[], column: string): object[] {
  const buckets: object[][] = [];
  for (const row of rows) {
    const value = String((row as Record<string, unknown>)[column]);
    const bucket = (value.charCodeAt(0) << 8) | (value.charCodeAt(1) & 0xff);
    (buckets[bucket] ??= []).push(row);
  }
  return buckets.flat();
}

/**
 * Row by row, pushed: the array stays packed, which the copy to the other thread needs to be
 * fast (an array made at its final size and filled in is "holey", and copied as a sparse one).
 */
function flatten(rows: readonly Record<string, unknown>[], columns: readonly string[]): unknown[] {
  const values: unknown[] = [];
  for (const row of rows) for (const column of columns) values.push(row[column]);
  return values;
}

/** One flat array of values per table: copying it to the other thread is far cheaper than an array per row. */
function packed(writes: readonly (readonly RowSet[])[], cluster: boolean): Tables {
  const clustered = cluster ? new Map(writes.flatMap((sets) => sets.flatMap((set) => (set.clusteredBy ? [[set.table, set.clusteredBy] as const] : [])))) : new Map();
  return [...groupByTable(writes)].map(([table, grouped]) => {
    const column = clustered.get(table);
    const rows = column ? byLeadingCharacters(grouped, column) : grouped;
    const columns = Object.keys(rows[0]!);
    return [table, columns, flatten(rows as Record<string, unknown>[], columns)];
  });
}

/** The thread's error, with SQLite's code, so that callers tell a refused duplicate from a failure. */
function failure(error: NonNullable<Answer['error']>): Error {
  return Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
}

export interface SqliteWriterThread {
  /** Inserts the writes' rows in one transaction on the thread; resolves once committed. */
  insert(writes: readonly (readonly RowSet[])[]): Promise<void>;
  /** Waits for what was sent, then stops the thread. */
  close(): Promise<void>;
}

/**
 * A thread of its own, with its own connection, that inserts rows: SQLite's statements and
 * COMMIT run synchronously, and on the serving thread they would stop every request for as long
 * as they take. `pragmas` set up its connection; `cluster` orders rows of tables that name a
 * clustering column (bulk loads). Should the thread die, the next insert starts another.
 */
export function startSqliteWriterThread(file: string, options: { pragmas: readonly string[]; rowsPerStatement: number; cluster: boolean }): SqliteWriterThread {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const pending = new Map<number, { resolve(): void; reject(e: Error): void }>();
  let next = 0;
  let worker: Worker | undefined;

  function start() {
    const started = new Worker(code, { eval: true, workerData: { file, driver, pragmas: options.pragmas, rowsPerStatement: options.rowsPerStatement } });
    started.on('message', (answer: Answer) => {
      const waiting = pending.get(answer.id)!;
      pending.delete(answer.id);
      if (answer.error) waiting.reject(failure(answer.error));
      else waiting.resolve();
    });
    const stopped = (e: Error) => {
      if (worker === started) worker = undefined;
      for (const waiting of pending.values()) waiting.reject(e);
      pending.clear();
    };
    started.on('error', stopped);
    started.on('exit', () => stopped(new Error('the SQLite writing thread stopped')));
    return started;
  }

  const inFlight = new Set<Promise<void>>();
  return {
    insert(writes) {
      const tables = packed(writes, options.cluster);
      if (!tables.length) return Promise.resolve();
      const id = next++;
      const committed = new Promise<void>((resolve, reject) => {
        pending.set(id, { resolve, reject });
        (worker ??= start()).postMessage({ id, tables });
      });
      inFlight.add(committed);
      const settled = () => void inFlight.delete(committed);
      committed.then(settled, settled);
      return committed;
    },
    async close() {
      await Promise.allSettled(inFlight);
      const running = worker;
      if (!running) return;
      worker = undefined;
      running.postMessage('close');
      await new Promise((resolve) => running.once('exit', resolve));
    },
  };
}
