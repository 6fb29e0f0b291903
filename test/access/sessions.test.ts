import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { throttleRules } from '../../src/access/core/throttle.js';
import { sessionPolicy } from '../../src/access/service.js';
import { ManualClock } from '../../src/platform/clock.js';
import { systemActor } from '../../src/platform/actor.js';
import { ApiClient, signedInStaff, testPassword } from '../support/client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';

/** Signs in from another loopback address, as a colleague at another desk would. */
function signInFrom(localAddress: string, baseUrl: string, username: string, password: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const body = JSON.stringify({ username, password });
    const req = http.request(`${baseUrl}/api/session`, { method: 'POST', localAddress, headers: { 'content-type': 'application/json' } }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode ?? 0));
    });
    req.on('error', reject);
    req.end(body);
  });
}

describe.each(storeKinds)('staff sessions (%s)', (kind) => {
  let t: TestApp;
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');

  beforeAll(async () => {
    t = await startTestApp(kind, { clock, env: { HOMEWARD_SECURE_COOKIES: 'true' } });
  });
  afterAll(() => t?.close());

  const createUser = (username: string) =>
    t.runtime.services.access.createUser(systemActor, { username, displayName: username, roles: ['reviewer'], officeId: null, districtId: null, language: 'en' });

  it('keeps the session in an HttpOnly, Secure, SameSite=Strict cookie', async () => {
    const { oneTimeSecret } = await createUser('cookie.check');
    const res = await new ApiClient(t.url).post('/api/session', { username: 'cookie.check', password: oneTimeSecret });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^hw_session=[\w-]{40,};/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);
    expect(cookie).toMatch(/; Path=\//i);
  });

  it('refuses work until a user with a one-time secret chooses a password', async () => {
    const { oneTimeSecret } = await createUser('new.reviewer');
    const client = new ApiClient(t.url);
    const signIn = await client.post('/api/session', { username: 'new.reviewer', password: oneTimeSecret });
    expect(signIn.body.user.mustChangePassword).toBe(true);
    expectProblem(await client.get('/api/applications'), 403, 'forbidden');
    expect((await client.get('/api/session')).status).toBe(200);
    const weak = await client.post('/api/session/password', { currentPassword: oneTimeSecret, newPassword: 'password' });
    expectProblem(weak, 400, 'validation');
    expect((await client.post('/api/session/password', { currentPassword: oneTimeSecret, newPassword: testPassword })).status).toBe(200);
    expect((await client.get('/api/applications')).status).toBe(200);
  });

  it('ends the session on sign-out: the old cookie no longer works', async () => {
    const client = await signedInStaff(t, 'leaving.reviewer', ['reviewer']);
    const cookie = client.cookie;
    expect((await client.request('DELETE', '/api/session')).status).toBe(204);
    client.cookie = cookie;
    expectProblem(await client.get('/api/session'), 401, 'unauthenticated');
  });

  it('ends every session of the user on sign-out everywhere', async () => {
    const desk = await signedInStaff(t, 'two.desks', ['reviewer']);
    const laptop = new ApiClient(t.url);
    expect((await laptop.post('/api/session', { username: 'two.desks', password: testPassword })).status).toBe(200);
    expect((await desk.request('DELETE', '/api/session?everywhere=true')).status).toBe(204);
    expectProblem(await laptop.get('/api/session'), 401, 'unauthenticated');
  });

  it('ends a session left idle, and the sessions of a user whose password was reset or who was disabled', async () => {
    const idle = await signedInStaff(t, 'idle.reviewer', ['reviewer']);
    clock.advance(sessionPolicy.idleMs + 1000);
    expectProblem(await idle.get('/api/session'), 401, 'unauthenticated');

    const admin = await signedInStaff(t, 'admin.one', ['administrator']);
    const reset = await signedInStaff(t, 'reset.reviewer', ['reviewer']);
    const me = (await reset.get('/api/session')).body;
    const resetAnswer = await admin.post(`/api/users/${me.id}/password-reset`);
    expect(resetAnswer.status).toBe(200);
    expectProblem(await reset.get('/api/session'), 401, 'unauthenticated');
    const again = new ApiClient(t.url);
    const signIn = await again.post('/api/session', { username: 'reset.reviewer', password: resetAnswer.body.oneTimeSecret });
    expect(signIn.body.user.mustChangePassword).toBe(true);
    expectProblem(await again.get('/api/applications'), 403, 'forbidden');

    const disabled = await signedInStaff(t, 'disabled.reviewer', ['reviewer']);
    const user = (await disabled.get('/api/session')).body;
    const patch = await admin.request('PATCH', `/api/users/${user.id}`, { body: { disabled: true }, headers: { 'if-match': `"${user.version}"` } });
    expect(patch.status).toBe(200);
    expectProblem(await disabled.get('/api/session'), 401, 'unauthenticated');
    expectProblem(await new ApiClient(t.url).post('/api/session', { username: 'disabled.reviewer', password: testPassword }), 401, 'unauthenticated');
  });

  it('refuses a change sent from another site', async () => {
    const client = await signedInStaff(t, 'cross.site', ['reviewer']);
    const res = await client.request('PUT', '/api/session/preferences', { body: { language: 'ru' }, headers: { origin: 'https://elsewhere.example' } });
    expectProblem(res, 403, 'forbidden');
    expect((await client.request('PUT', '/api/session/preferences', { body: { language: 'ru' } })).status).toBe(200);
  });

  it('answers staff in the language they chose, unless the request asks for another', async () => {
    const client = await signedInStaff(t, 'speaks.russian', ['reviewer']);
    expect((await client.request('PUT', '/api/session/preferences', { body: { language: 'ru' } })).status).toBe(200);
    const chosen = await client.get('/api/applications?limit=0');
    expectProblem(chosen, 400, 'validation');
    expect(chosen.body.errors[0].message).toMatch(/[А-я]/);
    const asked = await client.get('/api/applications?limit=0', { 'accept-language': 'hy' });
    expect(asked.body.errors[0].message).toMatch(/[\u0531-\u058F]/);
  });

  it('throttles repeated failed sign-ins with 429 and Retry-After, without locking the account out for long', async () => {
    await signedInStaff(t, 'guessed.at', ['reviewer']);
    const guesser = new ApiClient(t.url);
    const guess = () => guesser.post('/api/session', { username: 'guessed.at', password: 'not the password' });
    for (let i = 0; i < throttleRules.accountFromAddress.free + 1; i++) expectProblem(await guess(), 401, 'unauthenticated');

    const locked = await guesser.post('/api/session', { username: 'guessed.at', password: testPassword });
    expectProblem(locked, 429, 'too-many-requests');
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(throttleRules.accountFromAddress.baseMs / 1000);

    // The owner at another desk is not locked out by someone guessing from this one.
    expect(await signInFrom('127.0.0.2', t.url, 'guessed.at', testPassword)).toBe(200);
    // And from this desk, the right password works again once Retry-After has passed.
    clock.advance(retryAfter * 1000);
    expect((await guesser.post('/api/session', { username: 'guessed.at', password: testPassword })).status).toBe(200);
  });
});
