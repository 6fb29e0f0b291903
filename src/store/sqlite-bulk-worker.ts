import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';

/**
 * The writing half of a SQLite bulk load, on its own thread: it inserts the batches the loading
 * thread plans, each in one transaction, while that thread plans the next. See sqlite-bulk-load.ts.
 */
/** Per table: its columns, and the values of all its rows one after another. */
export type BulkTables = [table: string, columns: string[], values: unknown[]][];
export type BulkRequest = { id: number; tables: BulkTables };
export type BulkAnswer = { id: number; error?: string };

const db = new Database(workerData.file as string);
db.pragma('journal_mode = WAL');
// A bulk load that a power cut interrupts is run again; its batches need not each wait for the disk.
db.pragma('synchronous = NORMAL');
db.pragma('foreign_keys = ON');
db.pragma('busy_timeout = 10000');
db.pragma('cache_size = -1048576');
// Pages are read through a memory map rather than one system call each, and the log is folded
// into the database in fewer, larger checkpoints.
db.pragma('mmap_size = 8589934592');
db.pragma('wal_autocheckpoint = 20000');

/** Rows go in many to a statement: each statement run costs more than the values it binds. */
const rowsPerStatement = 64;

const statements = new Map<string, Database.Statement>();
const statementFor = (table: string, columns: string[], rows: number) => {
  const key = `${table}(${columns.join(',')})×${rows}`;
  let stmt = statements.get(key);
  if (!stmt) {
    const row = `(${columns.map(() => '?').join(', ')})`;
    stmt = db.prepare(`insert into "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) values ${Array(rows).fill(row).join(', ')}`);
    statements.set(key, stmt);
  }
  return stmt;
};

const insertAll = db.transaction((tables: BulkTables) => {
  for (const [table, columns, values] of tables) {
    const width = columns.length;
    const full = statementFor(table, columns, rowsPerStatement);
    const step = rowsPerStatement * width;
    let at = 0;
    for (; at + step <= values.length; at += step) full.run(values.slice(at, at + step));
    if (at < values.length) statementFor(table, columns, (values.length - at) / width).run(values.slice(at));
  }
});

parentPort!.on('message', (request: BulkRequest | 'close') => {
  if (request === 'close') {
    db.close();
    parentPort!.close();
    return;
  }
  try {
    insertAll(request.tables);
    parentPort!.postMessage({ id: request.id } satisfies BulkAnswer);
  } catch (e) {
    parentPort!.postMessage({ id: request.id, error: (e as Error).message } satisfies BulkAnswer);
  }
});
