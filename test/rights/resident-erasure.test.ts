import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInStaff, type ApiClient } from '../support/client.js';
import { applicant, receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';
import { followAs } from '../portal/support.js';

/**
 * A resident asks on the portal to have their data erased; the request waits for the
 * data-protection officer, who refuses it with a reason the resident reads, or erases through the
 * one erasure — which a legal hold stops — and the erasure answers the request.
 */
describe.each(storeKinds)('erasure asked for by the resident (%s)', (kind) => {
  let t: TestApp;
  let registrar: ApiClient;
  let dpo: ApiClient;
  let resident: ApiClient;
  let app: { id: string; applicantId: string; reference: string };

  beforeAll(async () => {
    t = await startTestApp(kind);
    const sites = await seedSites(t);
    registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], sites.khankendi.id);
    dpo = await signedInStaff(t, 'dpo', ['data-protection-officer']);
    app = (await registrar.post('/api/applications', receptionApplication(sites.khankendi.id, { applicant: applicant({ birthDate: '1972-05-05' }) }))).body;
    const reference = (await registrar.get(`/api/applications/${app.id}`)).body.reference;
    resident = await followAs(t, reference, '1972-05-05');
  });
  afterAll(() => t?.close());

  const openRequests = async () => (await dpo.get('/api/erasure-requests?state=open')).body.items as { id: string; personId: string; applicationId: string }[];

  it('needs the resident’s own session to ask, and the officer’s permission to see requests', async () => {
    expectProblem(await registrar.post('/api/portal/rights/erasure', {}), 401, 'unauthenticated');
    expectProblem(await registrar.get('/api/erasure-requests'), 403, 'forbidden');
  });

  it('lands with the data-protection officer, one open request at a time, audited', async () => {
    const asked = await resident.post('/api/portal/rights/erasure', {});
    expect(asked.status, JSON.stringify(asked.body)).toBe(201);
    expect(asked.body).toMatchObject({ state: 'open', decidedAt: null, decisionNote: null });
    expectProblem(await resident.post('/api/portal/rights/erasure', {}), 409, 'conflict');
    expect(await openRequests()).toEqual([expect.objectContaining({ id: asked.body.id, personId: app.applicantId, applicationId: app.id, version: 1 })]);
    expect((await resident.get('/api/portal/rights/erasure')).body.items).toEqual([expect.objectContaining({ id: asked.body.id, state: 'open' })]);
    const audited = await t.runtime.deps.store.db.selectFrom('audit_entries').select(['actor_role', 'purpose']).where('action', '=', 'erasure.request').execute();
    expect(audited).toEqual([{ actor_role: 'applicant', purpose: 'data-subject-request' }]);
  });

  it('is refused with a reason the resident reads; they may ask again', async () => {
    const [request] = await openRequests();
    const refused = await dpo.post(`/api/erasure-requests/${request!.id}/refuse`, { note: 'The law requires us to keep registration records for 5 years.' });
    expect(refused.status, JSON.stringify(refused.body)).toBe(200);
    expect(refused.body).toMatchObject({ state: 'refused', decidedRole: 'data-protection-officer' });
    expectProblem(await dpo.post(`/api/erasure-requests/${request!.id}/refuse`, { note: 'again' }), 409, 'conflict');
    expect((await resident.get('/api/portal/rights/erasure')).body.items).toEqual([
      expect.objectContaining({ state: 'refused', decisionNote: 'The law requires us to keep registration records for 5 years.' }),
    ]);
    expect((await resident.post('/api/portal/rights/erasure', {})).status).toBe(201);
  });

  it('waits while a legal hold stands, and is answered by the erasure once it is lifted', async () => {
    const [request] = await openRequests();
    const hold = (await dpo.post(`/api/people/${app.applicantId}/legal-holds`, { reason: 'Court case 7/2026' })).body;
    expectProblem(await dpo.post(`/api/people/${app.applicantId}/erasure`, { reason: 'resident-request', note: null }), 409, 'conflict');
    expect((await resident.get('/api/portal/rights/erasure')).body.items[0]).toMatchObject({ id: request!.id, state: 'open' });

    await dpo.post(`/api/legal-holds/${hold.id}/lift`);
    const erased = await dpo.post(`/api/people/${app.applicantId}/erasure`, { reason: 'resident-request', note: null });
    expect(erased.status, JSON.stringify(erased.body)).toBe(200);
    expect(await openRequests()).toEqual([]);
    const answered = (await dpo.get('/api/erasure-requests?state=erased')).body.items;
    expect(answered).toEqual([expect.objectContaining({ id: request!.id, erasureId: erased.body.id, decidedRole: 'data-protection-officer' })]);
    // The resident's session went with their data.
    expectProblem(await resident.get('/api/portal/rights/erasure'), 401, 'unauthenticated');
  });
});
