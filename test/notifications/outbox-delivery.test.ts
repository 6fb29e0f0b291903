import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { retryPolicy } from '../../src/notifications/core/retry.js';
import { renderNotification } from '../../src/notifications/core/templates.js';
import { ManualClock } from '../../src/platform/clock.js';
import { signedInStaff, type ApiClient } from '../support/client.js';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.js';
import { startFakeSmtp, type FakeSmtp } from '../support/fake-smtp.js';
import { applicant, receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';
import { workerFor } from '../support/worker.js';

describe.each(storeKinds)('telling applicants through the outbox (%s)', (kind) => {
  let t: TestApp;
  let gateway: FakeSmsGateway;
  let smtp: FakeSmtp;
  let registrar: ApiClient;
  let supervisor: ApiClient;
  let worker: ReturnType<typeof workerFor>;
  let officeId: string;
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');
  let nextPhone = 100;

  beforeAll(async () => {
    [gateway, smtp] = await Promise.all([startFakeSmsGateway(), startFakeSmtp()]);
    t = await startTestApp(kind, {
      clock,
      env: { HOMEWARD_SMS_GATEWAY_URL: gateway.url, HOMEWARD_SMS_GATEWAY_TOKEN: 'gateway-secret', HOMEWARD_SMTP_URL: smtp.url },
    });
    officeId = (await seedSites(t)).khankendi.id;
    registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], officeId);
    supervisor = await signedInStaff(t, 'supervisor', ['supervisor']);
    worker = workerFor(t);
  });
  afterAll(async () => {
    await t?.close();
    await Promise.all([gateway?.close(), smtp?.close()]);
  });

  /** Registers an applicant told by SMS on a number of their own; answers the application and that number. */
  async function applyBySms(language = 'hy', statuses: number[] = []) {
    const e164 = `+3749712${String(nextPhone++).padStart(4, '0')}`;
    gateway.script(e164, statuses);
    const res = await registrar.post('/api/applications', receptionApplication(officeId, { applicant: applicant({ phones: [e164], language }) }));
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return { application: res.body as { id: string; reference: string }, e164 };
  }

  const messagesOf = async (id: string) => (await supervisor.get(`/api/applications/${id}`)).body.notifications;

  /** Moves time on by hours; staff sessions lapse meanwhile, so they sign in again. */
  async function hoursLater(hours: number) {
    clock.advance(hours * 60 * 60_000);
    await Promise.all([registrar.renew(), supervisor.renew()]);
  }

  it('delivers an SMS on the first try, in the applicant’s language, and shows it as sent', async () => {
    const { application, e164 } = await applyBySms('hy');
    expect(await messagesOf(application.id)).toEqual([expect.objectContaining({ event: 'received', channel: 'sms', state: 'pending', attempts: 0 })]);
    await worker.drain();
    const [sms] = gateway.to(e164);
    expect(gateway.to(e164)).toHaveLength(1);
    expect(sms!.text).toBe(renderNotification('received', 'hy', { reference: application.reference }).text);
    expect(sms!.text).toContain(application.reference);
    expect(sms!.text).toMatch(/[\u0531-\u058F]/);
    expect(sms!.authorization).toBe('Bearer gateway-secret');
    expect(await messagesOf(application.id)).toEqual([
      expect.objectContaining({ state: 'sent', attempts: 1, lastError: null, sentAt: clock.now().toISOString(), nextAttemptAt: null }),
    ]);
  });

  it('retries after a busy gateway (503 twice), waiting out each backoff, then shows it as sent', async () => {
    const { application, e164 } = await applyBySms('ru', [503, 503]);
    const start = clock.now().getTime();
    await worker.runOnce();
    expect(gateway.to(e164)).toHaveLength(1);
    const [pending] = await messagesOf(application.id);
    expect(pending).toMatchObject({ state: 'pending', attempts: 1, lastError: 'sms gateway answered 503' });
    expect(new Date(pending.nextAttemptAt).getTime() - start).toBe(retryPolicy.firstDelayMs);

    clock.advance(retryPolicy.firstDelayMs - 1000);
    await worker.drain();
    expect(gateway.to(e164)).toHaveLength(1);
    clock.advance(1000);
    await worker.drain();
    expect(gateway.to(e164)).toHaveLength(2);
    expect((await messagesOf(application.id))[0]).toMatchObject({ state: 'pending', attempts: 2 });

    clock.advance(2 * retryPolicy.firstDelayMs - 1000);
    await worker.drain();
    expect(gateway.to(e164)).toHaveLength(2);
    clock.advance(1000);
    await worker.drain();
    expect(gateway.to(e164)).toHaveLength(3);
    expect(new Set(gateway.to(e164).map((m) => m.id)).size).toBe(1);
    expect((await messagesOf(application.id))[0]).toMatchObject({ state: 'sent', attempts: 3, lastError: null });
  });

  it('dead-letters at once a message the gateway refuses (400), and lists it for supervisors', async () => {
    const { application, e164 } = await applyBySms('az', [400]);
    await worker.drain();
    await hoursLater(1);
    await worker.drain();
    expect(gateway.to(e164)).toHaveLength(1);
    const [dead] = await messagesOf(application.id);
    expect(dead).toMatchObject({ state: 'dead', attempts: 1, lastError: 'sms gateway answered 400', nextAttemptAt: null });
    const list = await supervisor.get('/api/notifications?state=dead');
    expect(list.body.map((n: { id: number }) => n.id)).toContain(dead.id);
  });

  it('gives up after eight failed tries, then a supervisor revives the message and it is sent', async () => {
    const { application, e164 } = await applyBySms('en', Array(retryPolicy.maxAttempts).fill(503));
    for (let i = 0; i < retryPolicy.maxAttempts + 2; i++) {
      await worker.drain();
      clock.advance(retryPolicy.maxDelayMs);
    }
    await hoursLater(0);
    expect(gateway.to(e164)).toHaveLength(retryPolicy.maxAttempts);
    const [dead] = await messagesOf(application.id);
    expect(dead).toMatchObject({ state: 'dead', attempts: retryPolicy.maxAttempts });

    expectProblem(await registrar.post(`/api/notifications/${dead.id}/retry`), 403, 'forbidden');
    const revived = await supervisor.post(`/api/notifications/${dead.id}/retry`);
    expect(revived.status).toBe(200);
    expect(revived.body).toMatchObject({ id: dead.id, state: 'pending', attempts: 0, lastError: null });
    expectProblem(await supervisor.post(`/api/notifications/${dead.id}/retry`), 409, 'conflict');
    expectProblem(await supervisor.post('/api/notifications/999999/retry'), 404, 'not-found');

    await worker.drain();
    expect(gateway.to(e164)).toHaveLength(retryPolicy.maxAttempts + 1);
    expect((await messagesOf(application.id))[0]).toMatchObject({ state: 'sent', attempts: 1 });
  });

  it('tells the applicant at every step of the lifecycle', async () => {
    const reviewer = await signedInStaff(t, 'reviewer', ['reviewer']);
    const { application, e164 } = await applyBySms('ru');
    let version = 2;
    for (const [name, body] of [['start-review', {}], ['reject', { reasonCode: 'not-eligible' }]] as const) {
      const res = await reviewer.post(`/api/applications/${application.id}/${name}`, body, { 'if-match': `"${version}"` });
      version = res.body.version;
    }
    await worker.drain();
    expect(gateway.to(e164).map((m) => m.text)).toEqual([
      renderNotification('received', 'ru', { reference: application.reference }).text,
      renderNotification('in-review', 'ru', { reference: application.reference }).text,
      renderNotification('rejected', 'ru', { reference: application.reference, reasonCode: 'not-eligible' }).text,
    ]);
    expect((await messagesOf(application.id)).map((n: { state: string }) => n.state)).toEqual(['sent', 'sent', 'sent']);
  });

  it('sends e-mail through SMTP in the applicant’s language', async () => {
    const email = `aram.${kind}@example.org`;
    const res = await registrar.post(
      '/api/applications',
      receptionApplication(officeId, { applicant: applicant({ phones: [], email, notifyBy: 'email', language: 'ru' }) }),
    );
    await worker.drain();
    const [mail] = smtp.to(email);
    expect(smtp.to(email)).toHaveLength(1);
    const expected = renderNotification('received', 'ru', { reference: res.body.reference });
    expect(mail).toMatchObject({ from: 'no-reply@homeward.invalid', subject: expected.subject, text: expected.text });
    expect((await messagesOf(res.body.id))[0]).toMatchObject({ channel: 'email', state: 'sent', attempts: 1 });
  });

  it('dead-letters mail the relay refuses for good (550), and retries mail it refuses for now (451)', async () => {
    const refused = `gone.${kind}@example.org`;
    const later = `busy.${kind}@example.org`;
    smtp.refuse(refused, 550);
    smtp.refuse(later, 451);
    const apply = (email: string) =>
      registrar.post('/api/applications', receptionApplication(officeId, { applicant: applicant({ phones: [], email, notifyBy: 'email', language: 'en' }) }));
    const [gone, busy] = [(await apply(refused)).body, (await apply(later)).body];
    await worker.drain();
    expect((await messagesOf(gone.id))[0]).toMatchObject({ state: 'dead', attempts: 1, lastError: 'smtp 550' });
    expect((await messagesOf(busy.id))[0]).toMatchObject({ state: 'pending', attempts: 1, lastError: 'smtp 451' });
  });
});
