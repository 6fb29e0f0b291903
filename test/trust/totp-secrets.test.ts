import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { rotateKeys } from '../../src/keys/rotate.js';
import { ManualClock } from '../../src/platform/clock.js';
import { ApiClient, signedInStaff, testPassword } from '../support/client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { openTestRuntime } from '../support/runtime.js';
import { storeKinds } from '../support/stores.js';

describe.each(storeKinds)('TOTP secrets sealed at rest (%s)', (kind) => {
  let t: TestApp;
  let staff: ApiClient;
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');

  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    staff = await signedInStaff(t, 'registrar.totp', ['registrar']);
  });
  afterAll(() => t?.close());

  const factorOf = () => t.runtime.deps.store.db.selectFrom('staff_factors').selectAll().where('kind', '=', 'totp').executeTakeFirstOrThrow();
  const signsInWithTotp = async (client: ApiClient) => {
    clock.advance(60_000);
    const res = await client.signIn(client.username!, testPassword);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.stage).toBe('ready');
  };

  it('are stored sealed under the staff-credentials key, also while an enrolment waits for its first code', async () => {
    const factor = await factorOf();
    expect(factor.totp_secret).toMatch(/^hw1\.staff-credentials\/1\./);
    expect(factor.legacy_totp_secret).toBeNull();
    expect(JSON.stringify(factor)).not.toContain(staff.app!.secret);

    const begin = await staff.post('/api/session/factors/totp');
    expect(begin.status).toBe(200);
    const sessions = await t.runtime.deps.store.db.selectFrom('sessions').select('ceremony').where('ceremony', 'is not', null).execute();
    expect(sessions).toHaveLength(1);
    expect(sessions[0]!.ceremony).not.toContain(begin.body.secret);
    await signsInWithTotp(staff);
  });

  it('stored in the clear before migration 0016 are sealed when a node starts, and keep working', async () => {
    const { id } = await factorOf();
    await t.runtime.deps.store.writer.updateTable('staff_factors').set({ totp_secret: null, legacy_totp_secret: staff.app!.secret }).where('id', '=', id).execute();
    const store = { config: t.config.database, dataDir: t.config.dataDir, drop: async () => {} };
    const { runtime } = await openTestRuntime(store);
    await runtime.close();
    const factor = await factorOf();
    expect(factor.legacy_totp_secret).toBeNull();
    expect(factor.totp_secret).toMatch(/^hw1\.staff-credentials\/1\./);
    await signsInWithTotp(staff);
  });

  it('are re-sealed by a key rotation, and sign-in works under the new key', async () => {
    const result = await rotateKeys(t.runtime.deps, t.runtime.services.audit, { propagationMs: 0, sleep: async () => {} });
    expect(result.destroyed).toContain('staff-credentials/1');
    expect((await factorOf()).totp_secret).toMatch(/^hw1\.staff-credentials\/2\./);
    await signsInWithTotp(staff);
  });

  it('copied into another staff member\'s factor, do not open there: no code is accepted and the log names why', async () => {
    const other = await signedInStaff(t, 'reviewer.totp', ['reviewer']);
    const { db, writer } = t.runtime.deps.store;
    const factorOfUser = (username: string) =>
      db.selectFrom('staff_factors').innerJoin('users', 'users.id', 'staff_factors.user_id').select(['staff_factors.id', 'totp_secret']).where('username', '=', username).executeTakeFirstOrThrow();
    const mine = await factorOfUser(staff.username!);
    const theirs = await factorOfUser(other.username!);
    await writer.updateTable('staff_factors').set({ totp_secret: mine.totp_secret }).where('id', '=', theirs.id).execute();
    other.app!.secret = staff.app!.secret;
    clock.advance(60_000);
    const first = await other.post('/api/session', { username: other.username, password: testPassword });
    expect(first.body.stage).toBe('second-factor');
    const res = await other.post('/api/session/totp', { code: other.nextCode() });
    expect(res.status).not.toBe(200);
    expect(t.logs.some((line) => line.includes('sealed-authentication'))).toBe(true);
  });
});
