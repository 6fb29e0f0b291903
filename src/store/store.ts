import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { openSqlite, openSqliteReader, withStatementCache, writingPragmas } from './sqlite.js';
import { openPostgresPool } from './postgres.js';
import { createBatchWriter, type BatchWriter } from './batch-writer.js';
import { postgresBulkInserter } from './postgres-bulk-insert.js';
import type { RowSet } from './row-sets.js';
import { startSqliteWriterThread } from './sqlite-writer-thread.js';
import { walFlusher } from './wal-flush.js';
import type { Executor } from './executor.js';
import { startCheckpointer } from './sqlite-checkpointer.js';

export type Dialect = 'sqlite' | 'postgres';

export type { Executor };

export interface Store {
  readonly dialect: Dialect;
  /** For reads. Every write goes through `transaction` or `batch` (on SQLite this handle is read-only). */
  readonly db: Executor;
  /** For migrations and maintenance commands only. */
  readonly writer: Executor;
  /** Runs `fn` in one transaction: all of its writes commit together or none do. */
  transaction<T>(fn: (trx: Executor) => Promise<T>): Promise<T>;
  /** Insert-only writes, committed in groups (see batch-writer.ts): the path for high-volume intake and audit. */
  readonly batch: BatchWriter;
  /** The raw SQLite handle and its file, for the few bulk paths that bypass the query builder. */
  readonly sqlite?: Database.Database;
  readonly file?: string;
  /** SQLite only: runs `task` on the raw handle while no transaction of this store is open (checkpoints). */
  maintenance?<T>(task: (raw: Database.Database) => T): Promise<T>;
  readonly pool?: pg.Pool;
  close(): Promise<void>;
}

export type StoreConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; pool: number };

export function openStore(config: StoreConfig): Store {
  return config.kind === 'sqlite' ? sqliteStore(config.file) : postgresStore(config.url, config.pool);
}

/**
 * Runs tasks one at a time, in the order they asked, without blocking the thread. The store's two
 * writing connections (this thread's, for transactions, and the writing thread's, for group
 * commits) take turns through it: SQLite lets one of them write at a time, and one that finds the
 * other writing would wait in SQLite's busy handler, which sleeps the whole thread.
 */
function turns() {
  let last: Promise<unknown> = Promise.resolve();
  return <T>(task: () => Promise<T> | T): Promise<T> => {
    const run = last.then(task, task);
    last = run.catch(() => undefined);
    return run;
  };
}

function sqliteStore(file: string): Store {
  const raw = openSqlite(file);
  const writer: Executor = new Kysely({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  const reader = openSqliteReader(file);
  const db: Executor = new Kysely({ dialect: new SqliteDialect({ database: withStatementCache(reader) }) });
  const wal = walFlusher(file);
  const checkpointer = startCheckpointer(file);
  // Group commits insert on a thread of their own: their statements and COMMIT would otherwise
  // run on this thread and stop every other request meanwhile.
  const inserter = startSqliteWriterThread(file, { pragmas: writingPragmas, rowsPerStatement: 16, cluster: false });
  const inTurn = turns();
  // BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that reads and then
  // writes can fail outright with SQLITE_BUSY when another process writes in between.
  const transaction = async <T>(fn: (trx: Executor) => Promise<T>) => {
    const result = await inTurn(() =>
      writer.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const result = await fn(conn);
          await sql`commit`.execute(conn);
          return result;
        } catch (e) {
          if (raw.inTransaction) await sql`rollback`.execute(conn);
          throw e;
        }
      }),
    );
    // The write lock is free again: the next transaction commits while this one's log is flushed.
    await wal.flush();
    return result;
  };
  const groupCommit = async (writes: readonly (readonly RowSet[])[], durable: boolean) => {
    await inTurn(() => inserter.insert(writes));
    if (durable) await wal.flush();
  };
  return {
    dialect: 'sqlite',
    db,
    writer,
    sqlite: raw,
    file,
    transaction,
    // SQLite has one writer, so groups commit one at a time; with two in flight, one group
    // commits while the previous one's log is flushed.
    batch: createBatchWriter(groupCommit, { maxGroup: 128, concurrency: 2 }),
    maintenance: (task) => inTurn(() => task(raw)),
    close: async () => {
      await db.destroy();
      await inserter.close();
      await writer.destroy();
      await checkpointer.stop();
      wal.close();
    },
  };
}

function postgresStore(url: string, max: number): Store {
  const pool = openPostgresPool(url, max);
  const db: Executor = new Kysely({ dialect: new PostgresDialect({ pool }) });
  // Writes that need not wait for the server's flush to disk (see WriteOptions) use connections of their own.
  const unflushedPool = openPostgresPool(url, 3, { synchronousCommit: false });
  const transaction = <T>(fn: (trx: Executor) => Promise<T>) => db.transaction().execute(fn);
  const bulkInsert = postgresBulkInserter(db);
  return {
    dialect: 'postgres',
    db,
    writer: db,
    pool,
    transaction,
    // A few groups in flight overlap one group's round trips with another's commit.
    batch: createBatchWriter((writes, durable) => bulkInsert(durable ? pool : unflushedPool, writes), { maxGroup: 128, concurrency: 3 }),
    close: async () => {
      // Closing twice is allowed (as Kysely's destroy allows): a pool refuses a second end.
      if (!unflushedPool.ended) await unflushedPool.end();
      await db.destroy();
    },
  };
}

/** A unique or primary-key constraint refused the row (the store's guarantee against duplicates). */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}

/** PostgreSQL ended the transaction because another one held what it needed (a deadlock): running it again, or in smaller parts, succeeds. */
export function isDeadlock(e: unknown): boolean {
  return (e as { code?: string } | null)?.code === '40P01';
}

/** The store cannot be reached right now (PostgreSQL down, SQLite locked beyond the busy timeout). */
export function isUnavailable(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code ?? '';
  return (
    code === 'SQLITE_BUSY' ||
    code === 'ECONNREFUSED' ||
    code === 'ECONNRESET' ||
    code === '57P01' ||
    code === '57P03' ||
    code.startsWith('08')
  );
}
