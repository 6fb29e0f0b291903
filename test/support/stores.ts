import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { StoreConfig } from '../../src/store/store.js';

/**
 * The stores every store and API test runs against: SQLite always, and PostgreSQL whenever
 * HOMEWARD_TEST_PG_URL names a server (CI sets it). Each test file gets a database of its own.
 */
export const pgUrl = process.env.HOMEWARD_TEST_PG_URL;
export const storeKinds: ('sqlite' | 'postgres')[] = pgUrl ? ['sqlite', 'postgres'] : ['sqlite'];

if (!pgUrl && !process.env.HOMEWARD_PG_SKIP_NOTICE_SHOWN) {
  process.env.HOMEWARD_PG_SKIP_NOTICE_SHOWN = '1';
  process.stderr.write('\n[homeward tests] PostgreSQL runs SKIPPED: set HOMEWARD_TEST_PG_URL=postgres://… to run every store test on PostgreSQL too.\n\n');
}

export interface TestStore {
  config: StoreConfig;
  dataDir: string;
  drop(): Promise<void>;
}

export async function createTestStore(kind: 'sqlite' | 'postgres'): Promise<TestStore> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeward-test-'));
  if (kind === 'sqlite') {
    return {
      config: { kind: 'sqlite', file: path.join(dataDir, 'homeward.sqlite') },
      dataDir,
      drop: async () => fs.rmSync(dataDir, { recursive: true, force: true }),
    };
  }
  const name = `homeward_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: pgUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const url = new URL(pgUrl!);
  url.pathname = `/${name}`;
  return {
    config: { kind: 'postgres', url: url.toString(), pool: 10 },
    dataDir,
    async drop() {
      const c = new pg.Client({ connectionString: pgUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
