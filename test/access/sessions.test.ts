import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionLimits } from '../../src/access/core/session-limits.js';
import { throttleRules } from '../../src/access/core/throttle.js';
import type { Role } from '../../src/access/core/policy.js';
import { ManualClock } from '../../src/platform/clock.js';
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

const minute = 60_000;
const hour = 60 * minute;

describe.each(storeKinds)('staff sessions (%s)', (kind) => {
  let t: TestApp;
  let admin: ApiClient;
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');

  beforeAll(async () => {
    t = await startTestApp(kind, { clock, env: { HOMEWARD_SECURE_COOKIES: 'true' } });
    admin = await signedInStaff(t, 'admin.one', ['administrator']);
  });
  afterAll(() => t?.close());

  /** The administrator, signed in again whenever a test moved the clock past their session. */
  const administrator = async () => ((await admin.get('/api/session')).status === 200 ? admin : admin.renew());
  const userId = async (client: ApiClient) => (await client.get('/api/session')).body.user.id as string;

  it('keeps the session in an HttpOnly, Secure, SameSite=Strict cookie that ends with the browser, and sends HSTS', async () => {
    await signedInStaff(t, 'cookie.check', ['reviewer']);
    const res = await new ApiClient(t.url).post('/api/session', { username: 'cookie.check', password: testPassword });
    expect(res.status).toBe(200);
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^hw_session=[\w-]{40,};/);
    expect(cookie).toMatch(/; HttpOnly/i);
    expect(cookie).toMatch(/; Secure/i);
    expect(cookie).toMatch(/; SameSite=Strict/i);
    expect(cookie).toMatch(/; Path=\//i);
    expect(cookie).not.toMatch(/Max-Age|Expires/i);
    expect(res.headers.get('strict-transport-security')).toMatch(/^max-age=\d{8,}; includeSubDomains$/);
    for (const header of ['x-content-type-options', 'x-frame-options', 'referrer-policy', 'content-security-policy', 'cross-origin-resource-policy']) {
      expect(res.headers.get(header), header).toBeTruthy();
    }
    expect(res.headers.get('cache-control')).toBe('no-store');
  });

  it('gives a new session id at sign-in, at the second factor and at a password change; the old ids stop working', async () => {
    const staff = await signedInStaff(t, 'rotating.reviewer', ['reviewer']);
    const earlier = staff.cookie;
    const client = new ApiClient(t.url);
    client.app = staff.app;
    const password = await client.post('/api/session', { username: 'rotating.reviewer', password: testPassword });
    expect(password.body.stage).toBe('second-factor');
    const afterPassword = client.cookie;
    expect(afterPassword).not.toBe(earlier);
    expectProblem(await client.get('/api/applications'), 403, 'forbidden');

    const second = await client.post('/api/session/totp', { code: client.nextCode() });
    expect(second.body.stage).toBe('ready');
    const afterSecond = client.cookie;
    expect(afterSecond).not.toBe(afterPassword);
    expect((await client.get('/api/applications')).status).toBe(200);

    const changed = await client.post('/api/session/password', { currentPassword: testPassword, newPassword: `${testPassword} again` });
    expect(changed.body.stage).toBe('ready');
    expect(client.cookie).not.toBe(afterSecond);
    expect((await client.get('/api/applications')).status).toBe(200);

    for (const old of [earlier, afterPassword, afterSecond]) {
      const stale = new ApiClient(t.url);
      stale.cookie = old;
      expectProblem(await stale.get('/api/session'), 401, 'unauthenticated');
    }
  });

  it('ends the session on sign-out, and every session of the user on sign-out everywhere', async () => {
    const desk = await signedInStaff(t, 'two.desks', ['reviewer']);
    const cookie = desk.cookie;
    const laptop = new ApiClient(t.url);
    laptop.app = desk.app;
    expect((await laptop.signIn('two.desks', testPassword)).body.stage).toBe('ready');

    expect((await desk.request('DELETE', '/api/session?everywhere=true')).status).toBe(204);
    expectProblem(await laptop.get('/api/session'), 401, 'unauthenticated');
    const stale = new ApiClient(t.url);
    stale.cookie = cookie;
    expectProblem(await stale.get('/api/session'), 401, 'unauthenticated');

    const again = new ApiClient(t.url);
    again.app = desk.app;
    await again.signIn('two.desks', testPassword);
    expect((await again.request('DELETE', '/api/session')).status).toBe(204);
    expectProblem(await again.get('/api/session'), 401, 'unauthenticated');
  });

  it('answers staff asking at the same moment each as themselves, and refuses among them a session ended a moment before', async () => {
    const desks = await Promise.all(['desk.one', 'desk.two', 'desk.three'].map((name) => signedInStaff(t, name, ['reviewer'])));
    const leaving = await signedInStaff(t, 'desk.leaving', ['reviewer']);
    const ended = new ApiClient(t.url);
    ended.cookie = leaving.cookie;
    expect((await leaving.request('DELETE', '/api/session')).status).toBe(204);

    const askers = Array.from({ length: 40 }, (_, i) => (i % 5 === 4 ? ended : desks[i % 5 % 3]!));
    const answers = await Promise.all(askers.map((client) => client.get('/api/session')));
    answers.forEach((res, i) => {
      if (askers[i] === ended) expectProblem(res, 401, 'unauthenticated');
      else expect(res.body.user.username).toBe(askers[i]!.username);
    });
  });

  it('does not let someone with only the password sign the owner out everywhere', async () => {
    const owner = await signedInStaff(t, 'owner.reviewer', ['reviewer']);
    const intruder = new ApiClient(t.url);
    expect((await intruder.post('/api/session', { username: 'owner.reviewer', password: testPassword })).body.stage).toBe('second-factor');
    const refused = await intruder.request('DELETE', '/api/session?everywhere=true');
    expectProblem(refused, 403, 'forbidden');
    expect(refused.body.reason).toBe('second-factor-required');
    expect((await owner.get('/api/applications')).status).toBe(200);
  });

  /** Roles that see special categories (the supervisor) get the short sessions, also beside another role. */
  const lifetimes: { roles: Role[]; idle: number; absolute: number; limits: string }[] = [
    { roles: ['reviewer'], idle: hour, absolute: 24 * hour, limits: '1 h / 24 h' },
    { roles: ['registrar'], idle: hour, absolute: 24 * hour, limits: '1 h / 24 h' },
    { roles: ['administrator'], idle: hour, absolute: 24 * hour, limits: '1 h / 24 h' },
    { roles: ['supervisor'], idle: 15 * minute, absolute: 12 * hour, limits: '15 min / 12 h' },
    { roles: ['reviewer', 'supervisor'], idle: 15 * minute, absolute: 12 * hour, limits: '15 min / 12 h' },
  ];

  it.each(lifetimes)('ends a session of $roles left idle ($limits), and says so', async ({ roles, idle }) => {
    const client = await signedInStaff(t, `idle.${roles.join('.')}`, roles);
    const view = (await client.get('/api/session')).body;
    expect(view.idleTimeoutSeconds).toBe(idle / 1000);
    // Activity keeps it alive, however long it lasts in all...
    for (let i = 0; i < 3; i++) {
      clock.advance(idle - sessionLimits.touchEveryMs);
      expect((await client.get('/api/session')).status).toBe(200);
    }
    // ...but not a pause as long as the idle limit.
    clock.advance(idle);
    const expired = await client.get('/api/session');
    expectProblem(expired, 401, 'session-expired');
    expect(expired.body.reason).toBe('idle');
    expect(expired.body.title).toMatch(/session/i);
  });

  it.each(lifetimes)('ends a session of $roles when it is too old ($limits), however active', async ({ roles, idle, absolute }) => {
    const client = await signedInStaff(t, `busy.${roles.join('.')}`, roles);
    const started = clock.now().getTime();
    expect(new Date((await client.get('/api/session')).body.expiresAt).getTime()).toBe(started + absolute);
    while (clock.now().getTime() + idle / 2 < started + absolute) {
      clock.advance(idle / 2);
      expect((await client.get('/api/session')).status).toBe(200);
    }
    clock.set(new Date(started + absolute));
    const expired = await client.get('/api/session');
    expectProblem(expired, 401, 'session-expired');
    expect(expired.body.reason).toBe('absolute');
  });

  it('ends a sign-in left waiting for its second factor', async () => {
    await signedInStaff(t, 'slow.reviewer', ['reviewer']);
    const client = new ApiClient(t.url);
    await client.post('/api/session', { username: 'slow.reviewer', password: testPassword });
    clock.advance(sessionLimits.completionMs - minute);
    expect((await client.get('/api/session')).body.stage).toBe('second-factor');
    clock.advance(minute);
    const expired = await client.get('/api/session');
    expectProblem(expired, 401, 'session-expired');
    expect(expired.body.reason).toBe('incomplete');
  });

  it('tells an unknown session from an expired one', async () => {
    const stranger = new ApiClient(t.url);
    stranger.cookie = 'hw_session=not-a-session-anyone-was-given-aaaaaaaaaaaaaaaaaaaa';
    const res = await stranger.get('/api/session');
    expectProblem(res, 401, 'unauthenticated');
    expect(res.body.reason).toBeUndefined();
  });

  it('ends the sessions of a user on their next request when the administrator resets the password, disables them or changes their roles', async () => {
    const reset = await signedInStaff(t, 'reset.reviewer', ['reviewer']);
    const resetAnswer = await (await administrator()).post(`/api/users/${await userId(reset)}/password-reset`);
    expect(resetAnswer.status).toBe(200);
    expectProblem(await reset.get('/api/session'), 401, 'unauthenticated');
    const again = new ApiClient(t.url);
    again.app = reset.app;
    const signIn = await again.signIn('reset.reviewer', resetAnswer.body.oneTimeSecret);
    expect(signIn.body).toMatchObject({ stage: 'password-change', user: { mustChangePassword: true } });
    const refused = await again.get('/api/applications');
    expectProblem(refused, 403, 'forbidden');
    expect(refused.body.reason).toBe('password-change-required');
    expect((await again.get('/api/session')).status).toBe(200);

    const disabled = await signedInStaff(t, 'disabled.reviewer', ['reviewer']);
    const user = (await disabled.get('/api/session')).body.user;
    const patch = await admin.request('PATCH', `/api/users/${user.id}`, { body: { disabled: true }, headers: { 'if-match': `"${user.version}"` } });
    expect(patch.status).toBe(200);
    expectProblem(await disabled.get('/api/session'), 401, 'unauthenticated');
    expectProblem(await new ApiClient(t.url).post('/api/session', { username: 'disabled.reviewer', password: testPassword }), 401, 'unauthenticated');

    const promoted = await signedInStaff(t, 'promoted.reviewer', ['reviewer']);
    const before = (await promoted.get('/api/session')).body.user;
    const named = await admin.request('PATCH', `/api/users/${before.id}`, { body: { displayName: 'Promoted Reviewer' }, headers: { 'if-match': `"${before.version}"` } });
    expect(named.status).toBe(200);
    expect((await promoted.get('/api/session')).status).toBe(200);
    const roles = await admin.request('PATCH', `/api/users/${before.id}`, { body: { roles: ['reviewer', 'supervisor'] }, headers: { 'if-match': `"${named.body.version}"` } });
    expect(roles.status).toBe(200);
    expectProblem(await promoted.get('/api/session'), 401, 'unauthenticated');
    await promoted.renew();
    expect((await promoted.get('/api/session')).body).toMatchObject({ user: { roles: ['reviewer', 'supervisor'] }, idleTimeoutSeconds: 15 * 60 });
  });

  it('refuses a change sent from another site, a sign-in included', async () => {
    const client = await signedInStaff(t, 'cross.site', ['reviewer']);
    const res = await client.request('PUT', '/api/session/preferences', { body: { language: 'ru' }, headers: { origin: 'https://elsewhere.example' } });
    expectProblem(res, 403, 'forbidden');
    expect(res.body.reason).toBe('cross-site');
    const fetched = await client.request('PUT', '/api/session/preferences', { body: { language: 'ru' }, headers: { 'sec-fetch-site': 'cross-site' } });
    expectProblem(fetched, 403, 'forbidden');
    expect((await client.request('PUT', '/api/session/preferences', { body: { language: 'ru' } })).status).toBe(200);

    const forged = await new ApiClient(t.url).request('POST', '/api/session', {
      body: { username: 'cross.site', password: testPassword },
      headers: { origin: 'https://elsewhere.example' },
    });
    expectProblem(forged, 403, 'forbidden');
    expect(forged.headers.get('set-cookie')).toBeNull();
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

  it('throttles repeated failed passwords with 429 and Retry-After, without locking the account out for long', async () => {
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
