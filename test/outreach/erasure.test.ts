import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInStaff, type ApiClient } from '../support/client.js';
import { recordCounts } from '../support/counts.js';
import { seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { storeKinds } from '../support/stores.js';
import { editChange, enrolDevice, registerChange, syncBatch } from './support.js';

describe.each(storeKinds)('erasing a person registered offline (%s)', (kind) => {
  let t: TestApp;
  let worker: ApiClient;
  let dpo: ApiClient;
  let eventId: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const sites = await seedSites(t);
    eventId = sites.outreach.id;
    worker = await signedInStaff(t, 'outreach.erase', ['outreach-worker'], sites.khankendi.id);
    dpo = await signedInStaff(t, 'dpo', ['data-protection-officer']);
  });
  afterAll(() => t?.close());

  it('removes the conflicting values, the edits and the reference, and a resent change creates nothing again', async () => {
    const [a, b] = [await enrolDevice(worker, eventId, 'a'), await enrolDevice(worker, eventId, 'b')];
    const registration = registerChange(a);
    const { body } = await syncBatch(a, [registration]);
    const { applicantId, applicantVersion } = body.results[0].application;
    await syncBatch(a, [editChange(applicantId, applicantVersion, { email: 'first@example.org' })]);
    const clash = await syncBatch(b, [editChange(applicantId, applicantVersion, { email: 'second@example.org' })]);
    expect(clash.body.results[0].conflicts).toHaveLength(1);

    expect((await dpo.post(`/api/people/${applicantId}/erasure`, { reason: 'resident-request' })).status).toBe(200);
    const db = t.runtime.deps.store.db;
    expect(await db.selectFrom('outreach_conflicts').selectAll().where('person_id', '=', applicantId).execute()).toEqual([]);
    expect(await db.selectFrom('outreach_edits').selectAll().where('person_id', '=', applicantId).execute()).toEqual([]);
    expect(await db.selectFrom('outreach_references').selectAll().where('reference', '=', registration.data.reference).execute()).toEqual([]);
    const dump = JSON.stringify(await db.selectFrom('outreach_changes').selectAll().execute());
    for (const trace of [registration.data.reference, applicantId, 'first@example.org', 'second@example.org']) expect(dump).not.toContain(trace);

    const before = await recordCounts(t);
    const resent = await syncBatch(a, [registration]);
    expect(resent.body.results).toEqual([{ changeId: registration.changeId, outcome: 'accepted' }]);
    expect(await recordCounts(t)).toEqual(before);
  });
});
