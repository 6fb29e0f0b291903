import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedInStaff } from '../support/client.js';
import { seedSites, receptionApplication } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { storeKinds } from '../support/stores.js';

describe.each(storeKinds)('an application from intake to decision (%s)', (kind) => {
  let t: TestApp;
  let registrar: ApiClient;
  let reviewer: ApiClient;
  let otherRegistrar: ApiClient;
  let sites: Awaited<ReturnType<typeof seedSites>>;

  beforeAll(async () => {
    t = await startTestApp(kind);
    sites = await seedSites(t);
    registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], sites.khankendi.id);
    otherRegistrar = await signedInStaff(t, 'registrar.shu', ['registrar'], sites.shusha.id);
    reviewer = await signedInStaff(t, 'reviewer', ['reviewer']);
  });
  afterAll(() => t?.close());

  async function step(client: ApiClient, id: string, name: string, version: number, body: object = {}) {
    return client.post(`/api/applications/${id}/${name}`, body, { 'if-match': `"${version}"` });
  }

  it('takes a walk-in application and gives it a readable reference number', async () => {
    const res = await registrar.post('/api/applications', receptionApplication(sites.khankendi.id));
    expect(res.status).toBe(201);
    expect(res.body.reference).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$/);
    expect(res.body.state).toBe('received');
    expect(res.headers.get('etag')).toBe('"2"');
    expect(res.headers.get('location')).toBe(`/api/applications/${res.body.id}`);

    const view = await registrar.get(`/api/applications/${res.body.id}`);
    expect(view.status).toBe(200);
    expect(view.body.applicant.familyName).toEqual({ value: 'Հովհաննիսյան', script: 'armenian' });
    expect(view.body.applicant.phones).toEqual([{ raw: '+374 97 123456', e164: '+37497123456' }]);
    expect(view.body.timeline.map((a: { type: string }) => a.type)).toEqual(['submit', 'receive']);
    expect(view.body.notifications).toHaveLength(1);
    expect(view.body.notifications[0]).toMatchObject({ event: 'received', channel: 'sms', state: 'pending' });
    expect(view.body.allowedSteps).toEqual(['withdraw']);
  });

  it('walks the whole lifecycle: review, information requested and answered, approval, documents', async () => {
    const { body: receipt } = await registrar.post('/api/applications', receptionApplication(sites.khankendi.id));
    let v = receipt.version;
    for (const [client, name, body] of [
      [reviewer, 'start-review', {}],
      [reviewer, 'request-information', { comment: 'Bring your birth certificate' }],
      [registrar, 'resubmit', {}],
      [reviewer, 'start-review', {}],
      [reviewer, 'approve', {}],
      [registrar, 'issue-documents', {}],
    ] as const) {
      const res = await step(client, receipt.id, name, v, body);
      expect(res.status, `${name}: ${JSON.stringify(res.body)}`).toBe(200);
      v = res.body.version;
    }
    const view = await reviewer.get(`/api/applications/${receipt.id}`);
    expect(view.body.state).toBe('documents-issued');
    expect(view.body.timeline.map((a: { stateAfter: string }) => a.stateAfter)).toEqual([
      'submitted',
      'received',
      'in-review',
      'information-requested',
      'resubmitted',
      'in-review',
      'approved',
      'documents-issued',
    ]);
    expect(view.body.timeline[3]).toMatchObject({ comment: 'Bring your birth certificate', actor: { role: 'reviewer' } });
    expect(view.body.notifications.map((n: { event: string }) => n.event)).toEqual([
      'received',
      'in-review',
      'information-requested',
      'resubmitted',
      'in-review',
      'approved',
      'documents-issued',
    ]);
    expect(view.body.allowedSteps).toEqual([]);
  });

  it('refuses a step the lifecycle does not allow with 409 and the current state', async () => {
    const { body: receipt } = await registrar.post('/api/applications', receptionApplication(sites.khankendi.id));
    const res = await step(reviewer, receipt.id, 'approve', receipt.version);
    expect(res.status).toBe(409);
    expect(res.headers.get('content-type')).toContain('application/problem+json');
    expect(res.body).toMatchObject({ code: 'illegal-transition', currentState: 'received', step: 'approve' });
  });

  it('refuses a stale version with 412 and a missing one with 428', async () => {
    const { body: receipt } = await registrar.post('/api/applications', receptionApplication(sites.khankendi.id));
    expect((await step(reviewer, receipt.id, 'start-review', receipt.version)).status).toBe(200);
    const stale = await step(reviewer, receipt.id, 'request-information', receipt.version, { comment: 'x' });
    expect(stale.status).toBe(412);
    expect(stale.body).toMatchObject({ code: 'version-mismatch', currentVersion: receipt.version + 1 });
    const missing = await reviewer.post(`/api/applications/${receipt.id}/approve`, {});
    expect(missing.status).toBe(428);
  });

  it('needs a reason code to reject and a comment to ask for information', async () => {
    const { body: receipt } = await registrar.post('/api/applications', receptionApplication(sites.khankendi.id));
    const { body: reviewing } = await step(reviewer, receipt.id, 'start-review', receipt.version);
    const noReason = await step(reviewer, receipt.id, 'reject', reviewing.version);
    expect(noReason.status).toBe(400);
    expect(noReason.body.errors).toEqual([expect.objectContaining({ pointer: '/reasonCode', rule: 'reason.required' })]);
    const noComment = await step(reviewer, receipt.id, 'request-information', reviewing.version, { comment: '  ' });
    expect(noComment.body.errors).toEqual([expect.objectContaining({ pointer: '/comment', rule: 'comment.required' })]);
    const rejected = await step(reviewer, receipt.id, 'reject', reviewing.version, { reasonCode: 'not-eligible' });
    expect(rejected.status).toBe(200);
    expect(rejected.body.state).toBe('rejected');
  });

  it('lets a registrar withdraw an open application but not decide one', async () => {
    const { body: receipt } = await registrar.post('/api/applications', receptionApplication(sites.khankendi.id));
    expect((await step(registrar, receipt.id, 'approve', receipt.version)).status).toBe(403);
    const withdrawn = await step(registrar, receipt.id, 'withdraw', receipt.version, { reasonCode: 'applicant-request' });
    expect(withdrawn.body.state).toBe('withdrawn');
    expect((await step(registrar, receipt.id, 'withdraw', withdrawn.body.version, { reasonCode: 'applicant-request' })).status).toBe(409);
  });

  it('keeps a registrar to their own office', async () => {
    const { body: receipt } = await registrar.post('/api/applications', receptionApplication(sites.khankendi.id));
    expect((await otherRegistrar.get(`/api/applications/${receipt.id}`)).status).toBe(404);
    expect((await otherRegistrar.post('/api/applications', receptionApplication(sites.khankendi.id))).status).toBe(403);
    const list = await otherRegistrar.get('/api/applications');
    expect(list.body.items.every((i: { officeId: string }) => i.officeId === sites.shusha.id)).toBe(true);
  });

  it('registers at an outreach reception with a household', async () => {
    const res = await registrar.post('/api/applications', {
      channel: 'outreach',
      outreachEventId: sites.outreach.id,
      applicant: { givenName: 'Анна', familyName: 'Петросян', birthDate: '1958', phones: [], notifyBy: 'none', language: 'ru' },
      household: [{ givenName: 'Armen', familyName: 'Petrosyan', birthDate: '1985-07', relationship: 'child', language: 'ru' }],
      declarations: { wishesToReside: true, wishesCitizenship: false },
      informationNotice: { version: '2026-01', language: 'ru', mode: 'spoken' },
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    const view = await registrar.get(`/api/applications/${res.body.id}`);
    expect(view.body.channel).toBe('outreach');
    expect(view.body.officeId).toBe(sites.khankendi.id);
    expect(view.body.household.members).toHaveLength(2);
    expect(view.body.notifications).toEqual([]);
  });

  it('counts the day’s applications per channel and office', async () => {
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Baku' }).format(new Date());
    const res = await reviewer.get(`/api/reports/intake?from=${today}&to=${today}`);
    expect(res.status).toBe(200);
    const reception = res.body.rows.find((r: { channel: string; officeId: string }) => r.channel === 'reception' && r.officeId === sites.khankendi.id);
    const outreach = res.body.rows.find((r: { channel: string }) => r.channel === 'outreach');
    expect(reception.count).toBeGreaterThanOrEqual(6);
    expect(outreach).toMatchObject({ count: 1, outreachEventId: sites.outreach.id });
    expect(res.body.total).toBe(res.body.rows.reduce((s: number, r: { count: number }) => s + r.count, 0));
  });
});
