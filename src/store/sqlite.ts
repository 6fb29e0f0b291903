import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import type { SqliteDatabase, SqliteStatement } from 'kysely';

/**
 * Each handle's page cache. A large registry is read at random, so beyond the upper levels of the
 * indexes a bigger cache hits little more often (the operating system caches the file anyway),
 * while it adds to the server's memory: with 64 MB per handle the server grew past 300 MB.
 */
const cacheKib = -32768;

/**
 * How every connection that writes to the embedded store is set up. WAL lets readers and the
 * single writer proceed together and lets several processes share the file. Every acknowledged
 * commit must survive a power cut (the promise made to a registrar who was given a reference
 * number): the store flushes the log after each durable commit (see wal-flush.ts), so SQLite
 * itself need not flush inside COMMIT.
 */
export const writingPragmas = [
  'journal_mode = WAL',
  'synchronous = NORMAL',
  'foreign_keys = ON',
  'busy_timeout = 5000',
  `cache_size = ${cacheKib}`,
  'temp_store = MEMORY',
  // Deleted and overwritten values are zeroed in the file, not left in free space for anyone
  // reading the bytes: erasure (issue 4) must leave nothing behind (see store/purge.ts).
  'secure_delete = ON',
] as const;

/** Opens the embedded store's file for writing (see `writingPragmas`). */
export function openSqlite(file: string): Database.Database {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const db = new Database(file);
  for (const pragma of writingPragmas) db.pragma(pragma);
  return db;
}

/**
 * A second, read-only handle on the same file. In WAL mode readers never wait for the writer, so
 * requests keep being authenticated, validated and answered while a group of writes commits; and
 * read-only makes any write that bypasses the writer fail loudly instead of waiting for its lock.
 */
export function openSqliteReader(file: string): Database.Database {
  const db = new Database(file, { readonly: true });
  db.pragma('busy_timeout = 5000');
  db.pragma(`cache_size = ${cacheKib}`);
  return db;
}

/**
 * Kysely's SQLite driver prepares every query anew; preparing is most of the cost of a small
 * statement. Statements are reusable, so this wrapper keeps the most recent ones by their SQL.
 */
export function withStatementCache(db: Database.Database, capacity = 500): SqliteDatabase {
  const cache = new Map<string, SqliteStatement>();
  return {
    close: () => db.close(),
    prepare(sql: string): SqliteStatement {
      let stmt = cache.get(sql);
      if (stmt) {
        cache.delete(sql);
      } else {
        stmt = db.prepare(sql) as unknown as SqliteStatement;
        if (cache.size >= capacity) cache.delete(cache.keys().next().value as string);
      }
      cache.set(sql, stmt);
      return stmt;
    },
  };
}
