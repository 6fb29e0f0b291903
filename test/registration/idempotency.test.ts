import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInStaff, type ApiClient, type ApiResponse } from '../support/client.js';
import { recordCounts } from '../support/counts.js';
import { applicant, receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';

const times = <T>(n: number, f: () => Promise<T>) => Promise.all(Array.from({ length: n }, f));
const answerOf = (r: ApiResponse) => ({ status: r.status, etag: r.headers.get('etag'), body: r.body });

describe.each(storeKinds)('retries never create a second record (%s)', (kind) => {
  let t: TestApp;
  let registrar: ApiClient;
  let otherRegistrar: ApiClient;
  let reviewer: ApiClient;
  let officeId: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const sites = await seedSites(t);
    officeId = sites.khankendi.id;
    registrar = await signedInStaff(t, 'registrar.one', ['registrar'], officeId);
    otherRegistrar = await signedInStaff(t, 'registrar.two', ['registrar'], officeId);
    reviewer = await signedInStaff(t, 'reviewer', ['reviewer']);
  });
  afterAll(() => t?.close());

  it('the same Idempotency-Key sent 20 times at once creates one application and one person, and answers all alike', async () => {
    const before = await recordCounts(t);
    const key = `intake-${randomUUID()}`;
    const body = receptionApplication(officeId);
    const answers = await times(20, () => registrar.post('/api/applications', body, { 'idempotency-key': key }));

    expect(answers[0]!.status, JSON.stringify(answers[0]!.body)).toBe(201);
    for (const answer of answers) expect(answerOf(answer)).toEqual(answerOf(answers[0]!));
    const after = await recordCounts(t);
    expect(after.applications - before.applications).toBe(1);
    expect(after.people - before.people).toBe(1);
    expect(after.outbox - before.outbox).toBe(1);
    expect(after.idempotency_keys - before.idempotency_keys).toBe(1);

    const later = await registrar.post('/api/applications', body, { 'idempotency-key': key });
    expect(answerOf(later)).toEqual(answerOf(answers[0]!));
  });

  it('refuses the same key with a different body (422), and changes nothing', async () => {
    const key = `intake-${randomUUID()}`;
    expect((await registrar.post('/api/applications', receptionApplication(officeId), { 'idempotency-key': key })).status).toBe(201);
    const before = await recordCounts(t);
    const changed = receptionApplication(officeId, { applicant: applicant({ givenName: 'Armen' }) });
    expectProblem(await registrar.post('/api/applications', changed, { 'idempotency-key': key }), 422, 'idempotency-mismatch');
    expect(await recordCounts(t)).toEqual(before);
  });

  it('keeps each user’s keys apart: the same key from two staff members is two requests', async () => {
    const before = await recordCounts(t);
    const key = `shared-${randomUUID()}`;
    const [mine, theirs] = await Promise.all([
      registrar.post('/api/applications', receptionApplication(officeId), { 'idempotency-key': key }),
      otherRegistrar.post('/api/applications', receptionApplication(officeId), { 'idempotency-key': key }),
    ]);
    expect([mine.status, theirs.status]).toEqual([201, 201]);
    expect(mine.body.id).not.toBe(theirs.body.id);
    expect((await recordCounts(t)).applications - before.applications).toBe(2);
  });

  it('a step retried with the same key applies once, even after the version moved on', async () => {
    const { body: receipt } = await registrar.post('/api/applications', receptionApplication(officeId));
    const before = await recordCounts(t);
    const headers = { 'if-match': `"${receipt.version}"`, 'idempotency-key': `review-${randomUUID()}` };
    const first = await reviewer.post(`/api/applications/${receipt.id}/start-review`, {}, headers);
    expect(first.status).toBe(200);
    const retry = await reviewer.post(`/api/applications/${receipt.id}/start-review`, {}, headers);
    expect(answerOf(retry)).toEqual(answerOf(first));
    const after = await recordCounts(t);
    expect(after.application_actions - before.application_actions).toBe(1);
    expect(after.outbox - before.outbox).toBe(1);
  });

  it('a step sent 20 times at once with the same key applies once and answers all alike', async () => {
    const { body: receipt } = await registrar.post('/api/applications', receptionApplication(officeId));
    const before = await recordCounts(t);
    const headers = { 'if-match': `"${receipt.version}"`, 'idempotency-key': `review-${randomUUID()}` };
    const answers = await times(20, () => reviewer.post(`/api/applications/${receipt.id}/start-review`, {}, headers));
    expect(answers[0]!.status, JSON.stringify(answers[0]!.body)).toBe(200);
    for (const answer of answers) expect(answerOf(answer)).toEqual(answerOf(answers[0]!));
    expect((await recordCounts(t)).application_actions - before.application_actions).toBe(1);
    const view = await reviewer.get(`/api/applications/${receipt.id}`);
    expect(view.body).toMatchObject({ state: 'in-review', version: receipt.version + 1 });
  });

  it('the same step without a key, sent twice at once, applies once: the other gets 412', async () => {
    const { body: receipt } = await registrar.post('/api/applications', receptionApplication(officeId));
    const send = () => reviewer.post(`/api/applications/${receipt.id}/start-review`, {}, { 'if-match': `"${receipt.version}"` });
    const statuses = (await Promise.all([send(), send()])).map((r) => r.status).sort();
    expect(statuses).toEqual([200, 412]);
  });

  it('a client-generated id is never recorded twice', async () => {
    const before = await recordCounts(t);
    const id = randomUUID();
    const answers = await times(10, () => registrar.post('/api/applications', receptionApplication(officeId, { id })));
    const created = answers.filter((a) => a.status === 201);
    expect(created).toHaveLength(1);
    expect(created[0]!.body.id).toBe(id);
    for (const other of answers.filter((a) => a.status !== 201)) expectProblem(other, 409, 'conflict');
    expect((await recordCounts(t)).applications - before.applications).toBe(1);
  });
});
