import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { accessPolicy } from '../../src/portal/core/access.js';
import { ManualClock } from '../../src/platform/clock.js';
import { ApiClient, signedInStaff } from '../support/client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem, fieldErrors } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';
import { apply, deliveredCode, followAs, portalApplication } from './support.js';

describe.each(storeKinds)('following an application with a one-time code (%s)', (kind) => {
  let t: TestApp;
  const clock = new ManualClock('2026-02-02T08:00:00.000Z');
  let reference: string;
  const birthDate = '1984-07-02';

  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    reference = (await apply(new ApiClient(t.url), portalApplication())).body.reference;
  });
  // Each test starts with fresh throttles: they count requests per hour, and all come from 127.0.0.1.
  beforeEach(() => clock.advance(2 * 60 * 60_000));
  afterAll(() => t?.close());

  it('sends a code to the phone on file and opens the application with it, in plain words', async () => {
    const resident = await followAs(t, reference, birthDate);
    const res = await resident.get('/api/portal/application');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ reference, state: 'received', canAnswer: false, asked: null, notifyBy: 'sms', contacts: { sms: expect.stringMatching(/•+123$/), email: 'a•••@example.org' } });
    expect(res.body.timeline.map((s: { type: string }) => s.type)).toEqual(['submit', 'receive']);
    expect(JSON.stringify(res.body)).not.toMatch(/Анна|Петросян|\+374/);
  });

  it('records every read of the application as the applicant’s, with its purpose', async () => {
    const resident = await followAs(t, reference, birthDate);
    await resident.get('/api/portal/application');
    const reads = await t.runtime.deps.store.db.selectFrom('audit_entries' as never).selectAll().where('action' as never, '=', 'read' as never).where('actor_role' as never, '=', 'applicant' as never).execute();
    expect(reads.length).toBeGreaterThanOrEqual(2);
    expect(reads.map((r) => (r as { purpose: string }).purpose)).toContain('registration');
    expect(JSON.stringify(reads)).not.toMatch(/Анна|Петросян/);
  });

  it('takes a code once only', async () => {
    const client = new ApiClient(t.url);
    const { body } = await client.post('/api/portal/codes', { reference, birthDate });
    const code = await deliveredCode(t, reference);
    expect((await client.post('/api/portal/session', { challengeId: body.challengeId, code })).status).toBe(200);
    const again = await new ApiClient(t.url).post('/api/portal/session', { challengeId: body.challengeId, code });
    expectProblem(again, 400, 'validation');
    expect(fieldErrors(again)).toEqual([{ pointer: '/code', rule: 'code.invalid' }]);
  });

  it('lets a code expire after ten minutes', async () => {
    const client = new ApiClient(t.url);
    const { body } = await client.post('/api/portal/codes', { reference, birthDate });
    const code = await deliveredCode(t, reference);
    clock.advance(accessPolicy.codeTtlMs + 1000);
    expect(fieldErrors(await client.post('/api/portal/session', { challengeId: body.challengeId, code }))).toEqual([{ pointer: '/code', rule: 'code.invalid' }]);
  });

  it('stops taking a code after five wrong tries, even the right one', async () => {
    const client = new ApiClient(t.url);
    const { body } = await client.post('/api/portal/codes', { reference, birthDate });
    const code = (await deliveredCode(t, reference))!;
    const wrong = code === '000000' ? '111111' : '000000';
    for (let i = 0; i < accessPolicy.codeTries; i++) expect((await client.post('/api/portal/session', { challengeId: body.challengeId, code: wrong })).status).toBe(400);
    expect((await client.post('/api/portal/session', { challengeId: body.challengeId, code })).status).toBe(400);
  });

  it('ends a resident’s session when they leave, when idle, and keeps it apart from staff sessions', async () => {
    const resident = await followAs(t, reference, birthDate);
    expectProblem(await resident.get('/api/applications'), 401, 'unauthenticated');
    expect((await resident.request('DELETE', '/api/portal/session')).status).toBe(204);
    expectProblem(await resident.get('/api/portal/application'), 401, 'unauthenticated');

    const idle = await followAs(t, reference, birthDate);
    clock.advance(accessPolicy.sessionIdleMs + 1000);
    expectProblem(await idle.get('/api/portal/application'), 401, 'unauthenticated');

    const reviewer = await signedInStaff(t, `reviewer.${kind}`, ['reviewer']);
    expectProblem(await reviewer.get('/api/portal/application'), 401, 'unauthenticated');
  });

  it('binds a session to its own application only', async () => {
    const other = await apply(new ApiClient(t.url), portalApplication({ applicant: { givenName: 'Лусине', birthDate: '1990-01-01', phones: ['+374 91 000111'] } }));
    const mine = await followAs(t, other.body.reference, '1990-01-01');
    expect((await mine.get('/api/portal/application')).body.reference).toBe(other.body.reference);
    const theirs = await followAs(t, reference, birthDate);
    expect((await theirs.get('/api/portal/application')).body.reference).toBe(reference);

    // Asking at the same moment, each still sees only their own.
    const askers = Array.from({ length: 20 }, (_, i) => (i % 2 ? mine : theirs));
    const answers = await Promise.all(askers.map((client) => client.get('/api/portal/application')));
    answers.forEach((res, i) => expect(res.body.reference).toBe(askers[i] === mine ? other.body.reference : reference));
  });

  it('lets the resident choose how to be told, among the addresses on file', async () => {
    const resident = await followAs(t, reference, birthDate);
    const email = await resident.request('PUT', '/api/portal/application/notify', { body: { notifyBy: 'email' } });
    expect(email.status, JSON.stringify(email.body)).toBe(200);
    expect(email.body.notifyBy).toBe('email');
    const person = await t.runtime.deps.store.db.selectFrom('person_events' as never).selectAll().where('type' as never, '=', 'notify-by-changed' as never).execute();
    expect(person).toHaveLength(1);
    expect((person[0] as { actor_role: string }).actor_role).toBe('applicant');

    const noPhone = await apply(new ApiClient(t.url), portalApplication({ applicant: { birthDate: '1970', phones: [], email: 'only@example.org' } }));
    const emailOnly = await followAs(t, noPhone.body.reference, '1970');
    const refused = await emailOnly.request('PUT', '/api/portal/application/notify', { body: { notifyBy: 'sms' }, headers: { 'accept-language': 'az' } });
    expect(fieldErrors(refused)).toEqual([{ pointer: '/notifyBy', rule: 'channel.unreachable' }]);
    expect(refused.body.errors[0].message).toMatch(/mobil telefon/);
  });
});
