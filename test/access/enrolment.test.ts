import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { systemActor } from '../../src/platform/actor.js';
import { ApiClient, enrolApp, signedInStaff, testPassword, type ApiResponse } from '../support/client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem, fieldErrors } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';

describe.each(storeKinds)('first sign-in and second factors (%s)', (kind) => {
  let t: TestApp;
  let bootstrapSecret: string | undefined;
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');

  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    bootstrapSecret = await t.runtime.services.access.bootstrapAdministrator();
  });
  afterAll(() => t?.close());

  const refusedFor = async (res: ApiResponse, reason: string) => {
    expectProblem(res, 403, 'forbidden');
    expect(res.body.reason).toBe(reason);
  };

  it('makes the first administrator enrol a factor and choose a password before anything else', async () => {
    expect(bootstrapSecret).toMatch(/^\w{20}$/);
    const admin = new ApiClient(t.url);
    const signIn = await admin.post('/api/session', { username: 'admin', password: bootstrapSecret });
    expect(signIn.body).toMatchObject({ stage: 'enrol', methods: [], user: { roles: ['administrator'], mustChangePassword: true, secondFactors: [] } });
    await refusedFor(await admin.get('/api/users'), 'factor-enrolment-required');
    await refusedFor(await admin.post('/api/session/password', { currentPassword: bootstrapSecret, newPassword: testPassword }), 'factor-enrolment-required');
    await refusedFor(await admin.request('PUT', '/api/session/preferences', { body: { language: 'az' } }), 'factor-enrolment-required');

    const enrolled = await enrolApp(admin, clock);
    expect(enrolled.body).toMatchObject({ stage: 'password-change', user: { secondFactors: ['totp'] } });
    await refusedFor(await admin.get('/api/users'), 'password-change-required');

    const changed = await admin.post('/api/session/password', { currentPassword: bootstrapSecret, newPassword: testPassword });
    expect(changed.body).toMatchObject({ stage: 'ready', user: { mustChangePassword: false } });
    expect((await admin.get('/api/users')).status).toBe(200);
    expect(await t.runtime.services.access.bootstrapAdministrator()).toBeUndefined();
  });

  it('does not let someone who has only the password enrol a factor of their own, or change the password', async () => {
    await signedInStaff(t, 'targeted.reviewer', ['reviewer']);
    const intruder = new ApiClient(t.url);
    const signIn = await intruder.post('/api/session', { username: 'targeted.reviewer', password: testPassword });
    expect(signIn.body.stage).toBe('second-factor');
    for (const path of ['/api/session/factors/totp', '/api/session/factors/passkey/options', '/api/session/recovery-codes']) {
      await refusedFor(await intruder.post(path), 'second-factor-required');
    }
    await refusedFor(await intruder.post('/api/session/password', { currentPassword: testPassword, newPassword: 'taken over by someone' }), 'second-factor-required');
    await refusedFor(await intruder.get('/api/session/factors'), 'second-factor-required');
    await refusedFor(await intruder.get('/api/applications'), 'second-factor-required');
    expect((await intruder.get('/api/session')).body.user.username).toBe('targeted.reviewer');
  });

  it('gives ten recovery codes with the first factor, keeps only their hashes, and takes each once', async () => {
    const staff = await signedInStaff(t, 'recovering.reviewer', ['reviewer']);
    const codes = staff.recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-hj-km-np-z1-9]{4}(-[a-hj-km-np-z1-9]{4}){5}$/);
    const stored = JSON.stringify(await t.runtime.deps.store.db.selectFrom('recovery_codes').selectAll().execute());
    for (const code of codes) {
      expect(stored).not.toContain(code);
      expect(stored).not.toContain(code.replace(/-/g, ''));
    }

    const lostPhone = new ApiClient(t.url);
    expect((await lostPhone.post('/api/session', { username: 'recovering.reviewer', password: testPassword })).body.methods).toEqual(['totp', 'recovery-code']);
    // As typed from paper: upper case, spaces for dashes.
    const typed = codes[0]!.toUpperCase().replace(/-/g, ' ');
    expect((await lostPhone.post('/api/session/recovery-code', { code: typed })).body.stage).toBe('ready');
    expect((await lostPhone.get('/api/session/factors')).body.recoveryCodesLeft).toBe(9);

    const again = new ApiClient(t.url);
    await again.post('/api/session', { username: 'recovering.reviewer', password: testPassword });
    const reused = await again.post('/api/session/recovery-code', { code: codes[0] });
    expect(fieldErrors(reused)).toEqual([{ pointer: '/code', rule: 'recovery-code.invalid' }]);

    // A new set replaces the old one.
    const fresh = await lostPhone.post('/api/session/recovery-codes');
    expect(fresh.body.recoveryCodes).toHaveLength(10);
    expect(fieldErrors(await again.post('/api/session/recovery-code', { code: codes[1] }))).toEqual([{ pointer: '/code', rule: 'recovery-code.invalid' }]);
    expect((await again.post('/api/session/recovery-code', { code: fresh.body.recoveryCodes[0] })).body.stage).toBe('ready');
  });

  it('lets staff add and remove factors, but never the last one', async () => {
    const staff = await signedInStaff(t, 'two.factors', ['reviewer']);
    const userId = (await staff.get('/api/session')).body.user.id;
    const only = (await staff.get('/api/session/factors')).body.factors;
    expect(only).toEqual([expect.objectContaining({ kind: 'totp', label: 'Authenticator app' })]);
    const last = await staff.request('DELETE', `/api/session/factors/${only[0].id}`);
    expectProblem(last, 409, 'conflict');
    expect(last.body.reason).toBe('last-factor');

    clock.advance(60_000);
    const previousApp = staff.app;
    await enrolApp(staff, clock);
    const both = (await staff.get('/api/session/factors')).body.factors;
    expect(both).toHaveLength(2);
    expect((await staff.request('DELETE', `/api/session/factors/${both[0].id}`)).status).toBe(204);
    expectProblem(await staff.request('DELETE', `/api/session/factors/${both[0].id}`), 404, 'not-found');
    expect((await staff.get('/api/session/factors')).body.factors).toEqual([expect.objectContaining({ id: both[1].id })]);

    // The removed app no longer signs in; the new one does.
    const client = new ApiClient(t.url);
    client.app = previousApp;
    await client.post('/api/session', { username: 'two.factors', password: testPassword });
    expectProblem(await client.post('/api/session/totp', { code: client.nextCode() }), 400, 'validation');
    client.app = staff.app;
    expect((await client.post('/api/session/totp', { code: client.nextCode() })).body.stage).toBe('ready');

    const audited = await t.runtime.deps.store.db.selectFrom('audit_entries').select(['action', 'actor_id']).where('record_id', '=', userId).orderBy('seq').execute();
    expect(audited.filter((a) => a.action.startsWith('factor') || a.action.startsWith('recovery'))).toEqual(
      ['factor.enrol', 'recovery-codes.issue', 'factor.enrol', 'factor.remove'].map((action) => ({ action, actor_id: userId })),
    );
  });

  it('takes a password of 8 characters or more (a factor is enrolled), refusing common ones and the user’s own name, and never makes it expire', async () => {
    const { oneTimeSecret } = await t.runtime.services.access.createUser(systemActor, {
      username: 'narek.a', displayName: 'Narek Avetisyan', roles: ['reviewer'], officeId: null, districtId: null, language: 'en',
    });
    const client = new ApiClient(t.url);
    await client.post('/api/session', { username: 'narek.a', password: oneTimeSecret });
    await enrolApp(client, clock);
    const attempt = (newPassword: string) => client.post('/api/session/password', { currentPassword: oneTimeSecret, newPassword });
    const short = await attempt('7 chars');
    expect(fieldErrors(short)).toEqual([{ pointer: '/newPassword', rule: 'password.too-short' }]);
    expect(short.body.errors[0].params).toEqual({ min: 8 });
    expect(fieldErrors(await attempt('Password123!'))).toEqual([{ pointer: '/newPassword', rule: 'password.common' }]);
    expect(fieldErrors(await attempt('Narek.Avetisyan.1990'))).toEqual([{ pointer: '/newPassword', rule: 'password.context' }]);
    expect(fieldErrors(await attempt('homeward narek.a'))).toEqual([{ pointer: '/newPassword', rule: 'password.context' }]);
    expect((await attempt('ծիրան 8!')).body.stage).toBe('ready');

    clock.advance(400 * 24 * 60 * 60_000);
    const later = new ApiClient(t.url);
    later.app = client.app;
    const res = await later.signIn('narek.a', 'ծիրան 8!');
    expect(res.body).toMatchObject({ stage: 'ready', user: { mustChangePassword: false } });
  });

  it('sends no HSTS over plain HTTP (secure cookies off)', async () => {
    const res = await new ApiClient(t.url).get('/health');
    expect(res.headers.get('strict-transport-security')).toBeNull();
  });
});
