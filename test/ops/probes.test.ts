import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedInStaff } from '../support/client.js';
import { receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';

describe.each(storeKinds)('health, readiness and metrics (%s)', (kind) => {
  let t: TestApp;
  let anonymous: ApiClient;

  beforeAll(async () => {
    t = await startTestApp(kind);
    anonymous = new ApiClient(t.url);
  });
  afterAll(() => t?.close());

  it('answers /health while the process lives and /ready while the store answers with current migrations', async () => {
    expect(await anonymous.get('/health')).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(await anonymous.get('/ready')).toMatchObject({ status: 200, body: { status: 'ready', store: kind } });
  });

  it('counts requests by route pattern, never by a URL that could hold personal data, outbox messages by state and people awaiting the duplicate check', async () => {
    const officeId = (await seedSites(t)).khankendi.id;
    const registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], officeId);
    const { body: receipt } = await registrar.post('/api/applications', receptionApplication(officeId));
    await registrar.get(`/api/applications/${receipt.id}`);

    const res = await anonymous.get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = res.body as string;
    expect(text).toMatch(/^homeward_http_request_duration_seconds_count\{method="GET",route="\/api\/applications\/:id",status="200"\} 1$/m);
    expect(text).toMatch(/^homeward_http_request_duration_seconds_count\{method="POST",route="\/api\/applications",status="201"\} 1$/m);
    expect(text).toMatch(/^homeward_outbox_messages\{state="pending"\} 1$/m);
    expect(text).toMatch(/^homeward_duplicate_check_queue\{keys="pending"\} 1$/m);
    expect(text).toMatch(/^homeward_process_resident_memory_bytes \d+/m);
    expect(text).not.toContain(receipt.id);
    expect(text).not.toContain(receipt.reference);
  });

  it('is not ready when the store is gone, and still alive', async () => {
    const lonely = await startTestApp(kind);
    try {
      await lonely.runtime.close();
      const client = new ApiClient(lonely.url);
      expectProblem(await client.get('/ready'), 503, 'unavailable');
      expect((await client.get('/health')).status).toBe(200);
    } finally {
      await lonely.close();
    }
  });
});
