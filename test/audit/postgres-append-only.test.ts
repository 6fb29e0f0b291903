import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Runtime } from '../../src/runtime.js';
import { appRoleStatements } from '../../src/store/postgres-roles.js';
import { writeReads } from '../support/audit.js';
import { openTestRuntime } from '../support/runtime.js';
import { createTestStore, pgUrl, type TestStore } from '../support/stores.js';

/** docs/postgresql-roles.md, executed: the application's own role cannot change the audit trail. */
describe.skipIf(!pgUrl)("the application's PostgreSQL role and the audit trail", () => {
  const role = `homeward_app_${randomBytes(4).toString('hex')}`;
  let store: TestStore;
  let owner: Runtime;
  let app: Runtime;
  let asApp: pg.Client;

  beforeAll(async () => {
    store = await createTestStore('postgres');
    owner = (await openTestRuntime(store)).runtime;
    const admin = new pg.Client({ connectionString: store.config.kind === 'postgres' ? store.config.url : '' });
    await admin.connect();
    await admin.query(`CREATE ROLE ${role} LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE`);
    for (const statement of appRoleStatements(role)) await admin.query(statement);
    await admin.end();

    const url = new URL(store.config.kind === 'postgres' ? store.config.url : '');
    url.username = role;
    const appStore: TestStore = { ...store, config: { kind: 'postgres', url: url.toString(), pool: 4 } };
    app = (await openTestRuntime(appStore)).runtime;
    asApp = new pg.Client({ connectionString: url.toString() });
    await asApp.connect();
  });
  afterAll(async () => {
    await asApp?.end();
    await app?.close();
    await owner?.close();
    await store?.drop();
    const admin = new pg.Client({ connectionString: pgUrl });
    await admin.connect();
    await admin.query(`DROP ROLE IF EXISTS ${role}`);
    await admin.end();
  });

  it('is not a superuser and does not own the tables', async () => {
    const me = await asApp.query('select rolsuper from pg_roles where rolname = current_user');
    expect(me.rows).toEqual([{ rolsuper: false }]);
    const owners = await asApp.query(`select distinct tableowner from pg_tables where tablename like 'audit_%'`);
    expect(owners.rows.map((r) => r.tableowner)).not.toContain(role);
  });

  it('starts a node, writes audit entries and seals them', async () => {
    await writeReads(app, 120);
    expect(await app.services.auditTrail.sealer.sealAll()).toBe(120);
    expect(await app.services.auditTrail.verify()).toMatchObject({ ok: true, entries: 120, signedEntries: 120 });
  });

  it('is refused UPDATE, DELETE and TRUNCATE on every audit table, and cannot switch the trigger off', async () => {
    for (const table of ['audit_entries', 'audit_blocks', 'audit_checkpoints']) {
      for (const statement of [`UPDATE ${table} SET ${table === 'audit_entries' ? 'action' : 'hash'} = 'x'`, `DELETE FROM ${table}`, `TRUNCATE ${table}`, `ALTER TABLE ${table} DISABLE TRIGGER USER`]) {
        await expect(asApp.query(statement), statement).rejects.toMatchObject({ code: '42501' });
      }
    }
    expect(await app.services.auditTrail.verify()).toMatchObject({ ok: true, entries: 120 });
  });

  it('keeps its other privileges: it may update ordinary tables', async () => {
    const r = await asApp.query(`UPDATE data_keys SET retired_at = retired_at`);
    expect(r.rowCount).toBeGreaterThan(0);
  });
});
