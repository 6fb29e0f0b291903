import { sql, type Kysely } from 'kysely';
import type { Dialect, Executor } from '../store/store.js';

interface DataKeysTable {
  id: string;
  category: string;
  version: number;
  wrapped: string | null;
  master_id: string;
  created_at: string;
  retired_at: string | null;
}

interface SigningKeysTable {
  id: string;
  public_key: string;
  wrapped: string;
  master_id: string;
  created_at: string;
  retired_at: string | null;
}

interface KeyRotationsTable {
  id?: number;
  started_at: string;
  pass_from: string;
  finished_at: string | null;
  targets: string;
  progress: string;
}

export interface KeysTables {
  data_keys: DataKeysTable;
  signing_keys: SigningKeysTable;
  key_rotations: KeyRotationsTable;
}

export type DataKeyRow = DataKeysTable;
export type SigningKeyRow = SigningKeysTable;
export type RotationRow = Required<KeyRotationsTable>;

type Db = Kysely<KeysTables>;

export const keysStore = {
  dataKeys: (db: Db) => db.selectFrom('data_keys').selectAll().orderBy('category').orderBy('version').execute(),

  signingKeys: (db: Db) => db.selectFrom('signing_keys').selectAll().orderBy('created_at').execute(),

  /**
   * Serialises the few transactions that create or re-wrap keys, across every node: on SQLite the
   * write lock already does (BEGIN IMMEDIATE); on PostgreSQL a transaction-scoped advisory lock.
   */
  async lock(trx: Executor, dialect: Dialect) {
    if (dialect === 'postgres') await sql`select pg_advisory_xact_lock(hashtext('homeward.keys'))`.execute(trx);
  },

  openRotation: (db: Db) =>
    db.selectFrom('key_rotations').selectAll().where('finished_at', 'is', null).orderBy('id').executeTakeFirst() as Promise<RotationRow | undefined>,

  saveProgress: (db: Db, id: number, progress: object) =>
    db.updateTable('key_rotations').set({ progress: JSON.stringify(progress) }).where('id', '=', id).execute(),
};
