import { Kysely, PostgresDialect, SqliteDialect, sql } from 'kysely';
import type Database from 'better-sqlite3';
import type pg from 'pg';
import { openSqlite, withStatementCache } from './sqlite.js';
import { openPostgresPool } from './postgres.js';

export type Dialect = 'sqlite' | 'postgres';

/**
 * Any query executor: the store's root handle or an open transaction. Each module narrows it to
 * the tables it owns (`Kysely<RegistrationTables>`), so a module cannot reach another's tables.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Executor = Kysely<any>;

export interface Store {
  readonly dialect: Dialect;
  readonly db: Executor;
  /** Runs `fn` in one transaction: all of its writes commit together or none do. */
  transaction<T>(fn: (trx: Executor) => Promise<T>): Promise<T>;
  /** The raw SQLite handle, for the few bulk paths that bypass the query builder. */
  readonly sqlite?: Database.Database;
  readonly pool?: pg.Pool;
  close(): Promise<void>;
}

export type StoreConfig = { kind: 'sqlite'; file: string } | { kind: 'postgres'; url: string; pool: number };

export function openStore(config: StoreConfig): Store {
  return config.kind === 'sqlite' ? sqliteStore(config.file) : postgresStore(config.url, config.pool);
}

function sqliteStore(file: string): Store {
  const raw = openSqlite(file);
  const db: Executor = new Kysely({ dialect: new SqliteDialect({ database: withStatementCache(raw) }) });
  return {
    dialect: 'sqlite',
    db,
    sqlite: raw,
    // BEGIN IMMEDIATE takes the write lock up front: a deferred transaction that reads and then
    // writes can fail outright with SQLITE_BUSY when another process writes in between.
    async transaction(fn) {
      return db.connection().execute(async (conn) => {
        await sql`begin immediate`.execute(conn);
        try {
          const result = await fn(conn);
          await sql`commit`.execute(conn);
          return result;
        } catch (e) {
          if (raw.inTransaction) await sql`rollback`.execute(conn);
          throw e;
        }
      });
    },
    close: () => db.destroy(),
  };
}

function postgresStore(url: string, max: number): Store {
  const pool = openPostgresPool(url, max);
  const db: Executor = new Kysely({ dialect: new PostgresDialect({ pool }) });
  return {
    dialect: 'postgres',
    db,
    pool,
    transaction: (fn) => db.transaction().execute(fn),
    close: () => db.destroy(),
  };
}

/** A unique or primary-key constraint refused the row (the store's guarantee against duplicates). */
export function isUniqueViolation(e: unknown): boolean {
  const code = (e as { code?: string } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
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
