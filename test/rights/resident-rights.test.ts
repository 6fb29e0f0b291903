import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInStaff, type ApiClient } from '../support/client.js';
import { applicant, receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem, fieldErrors } from '../support/problems.js';
import { pngBytes } from '../support/scans.js';
import { storeKinds } from '../support/stores.js';
import { followAs } from '../portal/support.js';

/**
 * A resident, through the portal once verified: sees who accessed their file and why (and
 * nothing about anyone else), gets a copy of all their data (JSON and PDF), and asks for
 * corrections that staff resolve, the record keeping the old and the new value.
 */
describe.each(storeKinds)('a resident’s rights through the portal (%s)', (kind) => {
  let t: TestApp;
  let registrar: ApiClient;
  let reviewer: ApiClient;
  let doctor: ApiClient;
  let supervisor: ApiClient;
  let dpo: ApiClient;
  let resident: ApiClient;
  let other: ApiClient;
  let mine: { id: string; applicantId: string; reference: string };
  let theirs: { id: string; applicantId: string; reference: string };
  let staffIds: string[];
  let scanId: string;
  let theirScanId: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const sites = await seedSites(t);
    registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], sites.khankendi.id);
    reviewer = await signedInStaff(t, 'reviewer', ['reviewer']);
    doctor = await signedInStaff(t, 'doctor', ['doctor']);
    supervisor = await signedInStaff(t, 'supervisor', ['supervisor']);
    dpo = await signedInStaff(t, 'dpo', ['data-protection-officer']);
    mine = (await registrar.post('/api/applications', receptionApplication(sites.khankendi.id))).body;
    theirs = (await registrar.post('/api/applications', receptionApplication(sites.khankendi.id, { applicant: applicant({ givenName: 'Մարիամ', familyName: 'Կարապետյան', birthDate: '1990-09-09', phones: ['+374 97 909090'] }) }))).body;
    scanId = (await registrar.request('POST', `/api/applications/${mine.id}/attachments?kind=identity-document`, { raw: pngBytes, headers: { 'content-type': 'image/png' } })).body.id;
    theirScanId = (await registrar.request('POST', `/api/applications/${theirs.id}/attachments?kind=identity-document`, { raw: pngBytes, headers: { 'content-type': 'image/png' } })).body.id;

    // Staff at work on both files, for their purposes; a legal hold on mine.
    await reviewer.get(`/api/applications/${mine.id}`);
    await reviewer.get(`/api/applications/${theirs.id}`);
    await supervisor.get(`/api/applications/${mine.id}`, { 'homeward-purpose': 'supervision' });
    const health = { health: { conditions: ['hypertension'], chronicIllnesses: [], notes: 'checked at the brigade' }, disability: { kinds: [], notes: null } };
    expect((await doctor.request('PUT', `/api/people/${mine.applicantId}/special-categories`, { body: health, headers: { 'if-match': '"0"' } })).status).toBe(200);
    await doctor.get(`/api/people/${mine.applicantId}/special-categories`);
    await dpo.post(`/api/people/${mine.applicantId}/legal-holds`, { reason: 'Court case 12/2026' });
    staffIds = (await t.runtime.services.access.listUsers()).map((u) => u.id);

    resident = await followAs(t, (await registrar.get(`/api/applications/${mine.id}`)).body.reference, '1961-03-14');
    other = await followAs(t, (await registrar.get(`/api/applications/${theirs.id}`)).body.reference, '1990-09-09');
  });
  afterAll(() => t?.close());

  it('needs the resident’s own session', async () => {
    expectProblem(await registrar.get('/api/portal/rights/access-log'), 401, 'unauthenticated');
    expectProblem(await registrar.get('/api/portal/rights/copy.json'), 401, 'unauthenticated');
  });

  it('shows who accessed the file: roles, offices and purposes, never who, nothing of anyone else', async () => {
    const res = await resident.get('/api/portal/rights/access-log');
    expect(res.status).toBe(200);
    const items = res.body.items as { role: string; office: { code: string } | null; purpose: string | null; kind: string; sections: string[] }[];
    const seen = items.map((i) => `${i.role}/${i.office?.code ?? '-'}/${i.purpose ?? '-'}/${i.kind}`);
    expect(seen).toEqual(
      expect.arrayContaining([
        'registrar/KHK/-/changed',
        'reviewer/-/registration/viewed',
        'supervisor/-/supervision/viewed',
        'doctor/-/-/changed',
        'doctor/-/medical-care/viewed',
      ]),
    );
    expect(items.find((i) => i.role === 'doctor' && i.kind === 'viewed')!.sections).toContain('special-categories');
    expect(items.some((i) => i.role === 'data-protection-officer')).toBe(false);
    const text = JSON.stringify(res.body);
    for (const id of [...staffIds, theirs.id, theirs.applicantId]) expect(text).not.toContain(id);
    expect(text).not.toMatch(/Մարիամ|Կարապետյան/);

    const theirLog = (await other.get('/api/portal/rights/access-log')).body.items as { purpose: string | null }[];
    expect(theirLog.some((i) => i.purpose === 'supervision' || i.purpose === 'medical-care')).toBe(false);
  });

  it('gives a copy of all the data, special categories opened, as JSON', async () => {
    const res = await resident.get('/api/portal/rights/copy.json');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-disposition')).toMatch(/attachment/);
    const copy = typeof res.body === 'string' ? JSON.parse(res.body) : res.body;
    expect(copy.records).toHaveLength(1);
    expect(copy.records[0].person).toMatchObject({ id: mine.applicantId, familyName: { value: 'Հովհաննիսյան' }, phones: [{ e164: '+37497123456' }], documents: [{ number: 'AR1452415' }] });
    expect(copy.records[0].specialCategories).toMatchObject({ health: { conditions: ['hypertension'], notes: 'checked at the brigade' } });
    expect(copy.applications).toHaveLength(1);
    expect(copy.applications[0]).toMatchObject({ state: 'received', channel: 'reception', attachments: [{ id: scanId }] });
    expect(copy.applications[0].timeline.map((s: { type: string; role: string }) => `${s.type}/${s.role}`)).toEqual(['submit/registrar', 'receive/registrar']);
    expect(copy.applications[0].messages[0]).toMatchObject({ event: 'received', channel: 'sms', recipient: '+37497123456' });
    expect(copy.history.map((e: { type: string }) => e.type)).toEqual(['created']);
    expect(copy.accessLog.length).toBeGreaterThan(3);
    const text = JSON.stringify(copy);
    expect(text).not.toMatch(/Մարիամ|Կարապետյան|909090/);
    for (const id of staffIds) expect(text).not.toContain(id);
    const audited = await t.runtime.deps.store.db.selectFrom('audit_entries').select(['actor_role', 'purpose']).where('action', '=', 'copy').where('record_id', '=', mine.applicantId).execute();
    expect(audited).toEqual([{ actor_role: 'applicant', purpose: 'data-subject-request' }]);
  });

  it('gives the same copy as a PDF in the resident’s language, and their own scans only', async () => {
    const res = await fetch(`${t.url}/api/portal/rights/copy.pdf?lang=hy`, { headers: { cookie: resident.cookie! } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/pdf');
    const pdf = Buffer.from(await res.arrayBuffer());
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    expect(pdf.length).toBeGreaterThan(5000);
    const scan = await fetch(`${t.url}/api/portal/rights/attachments/${scanId}`, { headers: { cookie: resident.cookie! } });
    expect(Buffer.from(await scan.arrayBuffer()).equals(pngBytes)).toBe(true);
    expectProblem(await resident.get(`/api/portal/rights/attachments/${theirScanId}`), 404, 'not-found');
  });

  it('takes a correction request, checking the value for its field', async () => {
    expect(fieldErrors(await resident.post('/api/portal/rights/corrections', { field: 'birthDate', value: '1961-02-30' }))).toEqual([{ pointer: '/value', rule: 'date.invalid' }]);
    expect(fieldErrors(await resident.post('/api/portal/rights/corrections', { field: 'other' }))).toEqual([{ pointer: '/comment', rule: 'required' }]);
    expect(fieldErrors(await resident.post('/api/portal/rights/corrections', { field: 'email', value: 'not an address' }))).toEqual([{ pointer: '/value', rule: 'format' }]);
    const asked = await resident.post('/api/portal/rights/corrections', { field: 'familyName', value: 'Հովհաննիսյանց', comment: 'My passport has the older spelling' });
    expect(asked.status).toBe(201);
    expect(asked.body).toMatchObject({ field: 'familyName', requestedValue: 'Հովհաննիսյանց', state: 'open' });
    await resident.post('/api/portal/rights/corrections', { field: 'other', comment: 'My village is Shosh, not Khankendi' });
    expect((await resident.get('/api/portal/rights/corrections')).body.items).toHaveLength(2);
    expect((await other.get('/api/portal/rights/corrections')).body.items).toHaveLength(0);
  });

  it('lets staff with the permission see and resolve corrections; the record keeps the old and the new value', async () => {
    expectProblem(await reviewer.get('/api/corrections'), 403, 'forbidden');
    const open = (await supervisor.get('/api/corrections')).body.items as { id: string; field: string; currentValue: string | null }[];
    expect(open.map((c) => c.field).sort()).toEqual(['familyName', 'other']);
    const naming = open.find((c) => c.field === 'familyName')!;
    expect(naming.currentValue).toBe('Հովհաննիսյան');
    const applied = await registrar.post(`/api/corrections/${naming.id}/apply`, { note: 'Seen the passport' });
    expect(applied.status, JSON.stringify(applied.body)).toBe(200);
    expect(applied.body).toMatchObject({ state: 'applied', resolutionNote: 'Seen the passport' });
    expectProblem(await registrar.post(`/api/corrections/${naming.id}/reject`, { note: 'again' }), 409, 'conflict');
    const rejected = await supervisor.post(`/api/corrections/${open.find((c) => c.field === 'other')!.id}/reject`, { note: 'Please bring a document showing your address' });
    expect(rejected.body.state).toBe('rejected');

    const person = (await registrar.get(`/api/applications/${mine.id}`)).body.applicant;
    expect(person.familyName.value).toBe('Հովհաննիսյանց');
    const copy = (await resident.get('/api/portal/rights/copy.json')).body;
    expect(copy.history.map((e: { type: string }) => e.type)).toEqual(['created', 'corrected']);
    expect(copy.history[1]).toMatchObject({ actorRole: 'registrar', payload: { field: 'familyName', from: 'Հովհաննիսյան', to: 'Հովհաննիսյանց', requestId: naming.id } });
    expect((await resident.get('/api/portal/rights/corrections')).body.items.map((c: { state: string }) => c.state).sort()).toEqual(['applied', 'rejected']);
    const found = await registrar.get(`/api/people/search?q=${encodeURIComponent('Հովհաննիսյանց')}&birthDate=1961-03-14`);
    expect(found.body.items[0].person.id).toBe(mine.applicantId);
  });
});
