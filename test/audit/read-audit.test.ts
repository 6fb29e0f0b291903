import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInStaff, type ApiClient } from '../support/client.js';
import { applicant, receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { storeKinds } from '../support/stores.js';

describe.each(storeKinds)('reads of personal data leave an audit entry (%s)', (kind) => {
  let t: TestApp;
  let registrar: ApiClient;
  let reviewer: ApiClient;
  let reviewerId: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const officeId = (await seedSites(t)).khankendi.id;
    registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], officeId);
    reviewer = await signedInStaff(t, 'reviewer', ['reviewer']);
    reviewerId = (await reviewer.get('/api/session')).body.id;
  });
  afterAll(() => t?.close());

  const entriesFor = (recordId: string) =>
    t.runtime.deps.store.db.selectFrom('audit_entries').selectAll().where('record_id', '=', recordId).orderBy('seq').execute();

  it('names who read which record, in which role, for which purpose, and which sections — never the values', async () => {
    const officeId = (await registrar.get('/api/session')).body.officeId;
    const { body: receipt } = await registrar.post(
      '/api/applications',
      receptionApplication(officeId, { applicant: applicant({ givenName: 'Auditvalue', email: 'audit.value@example.org' }) }),
    );
    const view = await reviewer.get(`/api/applications/${receipt.id}`);
    expect(view.status).toBe(200);

    const reads = (await entriesFor(receipt.id)).filter((e) => e.action === 'read');
    expect(reads).toEqual([
      expect.objectContaining({ actor_id: reviewerId, actor_role: 'reviewer', purpose: 'registration', record_type: 'application' }),
    ]);
    const personReads = (await entriesFor(receipt.applicantId)).filter((e) => e.action === 'read');
    expect(personReads).toEqual([expect.objectContaining({ actor_id: reviewerId, purpose: 'registration', record_type: 'person' })]);
    expect(JSON.parse(personReads[0]!.sections)).toEqual(['identity', 'contact', 'documents']);

    await reviewer.get('/api/applications?limit=500');
    const listed = (await entriesFor(receipt.applicantId)).filter((e) => e.action === 'list');
    expect(listed).toEqual([expect.objectContaining({ actor_id: reviewerId, purpose: 'registration' })]);

    const everything = JSON.stringify(await t.runtime.deps.store.db.selectFrom('audit_entries').selectAll().execute());
    for (const value of ['Auditvalue', 'audit.value@example.org', '+37497123456', 'AR1452415', 'Հովհաննիսյան']) expect(everything).not.toContain(value);
  });
});
