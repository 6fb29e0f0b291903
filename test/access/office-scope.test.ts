import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInStaff, type ApiClient } from '../support/client.js';
import { receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';

describe.each(storeKinds)('registrars are scoped to their office (%s)', (kind) => {
  let t: TestApp;
  let khankendi: ApiClient;
  let withoutOffice: ApiClient;
  let sites: Awaited<ReturnType<typeof seedSites>>;
  let applicationId: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    sites = await seedSites(t);
    khankendi = await signedInStaff(t, 'registrar.khk', ['registrar'], sites.khankendi.id);
    withoutOffice = await signedInStaff(t, 'registrar.unplaced', ['registrar'], null);
    applicationId = (await khankendi.post('/api/applications', receptionApplication(sites.khankendi.id))).body.id;
  });
  afterAll(() => t?.close());

  it('a registrar with no office yet sees no application, not everyone’s', async () => {
    const list = await withoutOffice.get('/api/applications');
    expect(list.status, JSON.stringify(list.body)).toBe(200);
    expect(list.body).toEqual({ total: 0, items: [] });
    expectProblem(await withoutOffice.get(`/api/applications/${applicationId}`), 404, 'not-found');
    expectProblem(await withoutOffice.post('/api/applications', receptionApplication(sites.khankendi.id)), 403, 'forbidden');
  });

  it('a registrar may not filter the worklist by another office', async () => {
    expectProblem(await khankendi.get(`/api/applications?officeId=${sites.shusha.id}`), 403, 'forbidden');
    const own = await khankendi.get(`/api/applications?officeId=${sites.khankendi.id}`);
    expect(own.body.items.map((i: { id: string }) => i.id)).toContain(applicationId);
  });
});
