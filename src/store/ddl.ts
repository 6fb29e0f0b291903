import type { ColumnDataType, CreateTableBuilder, Kysely } from 'kysely';
import type { Dialect } from './store.js';

/**
 * Column types that differ between the two stores, so that a migration is written once.
 * Timestamps are timestamptz on PostgreSQL and ISO-8601 text on SQLite (which sorts the same);
 * JSON payloads are text on both, parsed by the module that owns them.
 */
export interface Ddl {
  dialect: Dialect;
  timestamp: ColumnDataType;
  blob: ColumnDataType;
  /** Adds an auto-incrementing integer primary key that is never reused. */
  serialKey<T extends string, C extends string>(table: CreateTableBuilder<T, C>, column: string): CreateTableBuilder<T, C>;
}

export function ddlFor(dialect: Dialect): Ddl {
  const pg = dialect === 'postgres';
  return {
    dialect,
    timestamp: pg ? 'timestamptz' : 'text',
    blob: pg ? 'bytea' : 'blob',
    serialKey: (table, column) =>
      pg
        ? table.addColumn(column, 'bigserial', (c) => c.primaryKey())
        : table.addColumn(column, 'integer', (c) => c.primaryKey().autoIncrement()),
  };
}

/** One migration: written once for both stores with the help of `Ddl`. */
export interface HomewardMigration {
  name: string;
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  up(db: Kysely<any>, ddl: Ddl): Promise<void>;
}
