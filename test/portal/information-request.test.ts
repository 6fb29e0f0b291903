import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedInStaff } from '../support/client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem } from '../support/problems.js';
import { jpegOf } from '../support/scans.js';
import { storeKinds } from '../support/stores.js';
import { apply, followAs, portalApplication } from './support.js';

describe.each(storeKinds)('answering a request for information from the portal (%s)', (kind) => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());

  it('shows what is asked, takes the documents and the answer, and tells the office', async () => {
    const { body: receipt } = await apply(new ApiClient(t.url), portalApplication());
    const { id } = (await t.runtime.services.registration.views.byReference(receipt.reference))!;
    const reviewer = await signedInStaff(t, `reviewer.${kind}`, ['reviewer']);
    const step = (name: string, version: number, body: object) => reviewer.request('POST', `/api/applications/${id}/${name}`, { body, headers: { 'if-match': `"${version}"` } });
    expect((await step('start-review', 2, {})).status).toBe(200);
    expect((await step('request-information', 3, { comment: 'A photo of your birth certificate, please' })).status).toBe(200);

    const resident = await followAs(t, receipt.reference, '1984-07-02');
    const seen = await resident.get('/api/portal/application');
    expect(seen.body).toMatchObject({ state: 'information-requested', canAnswer: true, asked: { comment: 'A photo of your birth certificate, please' } });

    const photo = await resident.request('POST', '/api/portal/application/attachments?kind=birth-certificate', {
      raw: jpegOf(40_000),
      headers: { 'content-type': 'image/jpeg', 'idempotency-key': 'photo-0001-draft' },
    });
    expect(photo.status, JSON.stringify(photo.body)).toBe(201);

    const stale = await resident.request('POST', '/api/portal/application/answer', { body: { comment: 'Sent' }, headers: { 'if-match': '"3"' } });
    expectProblem(stale, 412, 'version-mismatch');
    const answer = await resident.request('POST', '/api/portal/application/answer', {
      body: { comment: 'Here it is' },
      headers: { 'if-match': seen.headers.get('etag')!, 'idempotency-key': 'answer-0001-draft' },
    });
    expect(answer.status, JSON.stringify(answer.body)).toBe(200);
    expect(answer.body).toMatchObject({ state: 'resubmitted', canAnswer: false, asked: null });
    expect(answer.body.attachments).toEqual([expect.objectContaining({ kind: 'birth-certificate', mediaType: 'image/jpeg' })]);

    const staffView = await reviewer.get(`/api/applications/${id}`);
    expect(staffView.body.timeline.at(-1)).toMatchObject({ type: 'resubmit', channel: 'portal', actor: { id: null, role: 'applicant' }, comment: 'Here it is' });
    expect(staffView.body.attachments).toHaveLength(1);
    expect(staffView.body.notifications.map((n: { event: string }) => n.event)).toContain('resubmitted');
  });

  it('refuses an answer when nothing is asked', async () => {
    const { body: receipt } = await apply(new ApiClient(t.url), portalApplication());
    const resident = await followAs(t, receipt.reference, '1984-07-02');
    const res = await resident.request('POST', '/api/portal/application/answer', { body: {}, headers: { 'if-match': '"2"' } });
    expectProblem(res, 409, 'illegal-transition');
  });
});
