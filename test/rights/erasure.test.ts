import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedInStaff } from '../support/client.js';
import { filesUnder, postgresDump } from '../support/dumps.js';
import { receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { storeKinds } from '../support/stores.js';
import { workerFor } from '../support/worker.js';
import { apply, followAs, portalApplication } from '../portal/support.js';
import { canaryPerson, everyTable, found, whereFound } from './support.js';

/**
 * Two residents with a canary string in every value they gave or that was written about them;
 * one is erased. Nothing of theirs may remain — in any table, any file, the SQLite file or its
 * log, the message sink — while the other's data is whole, the published counts do not move and
 * the audit trail still verifies.
 */
describe.each(storeKinds)('erasing a person (%s)', (kind) => {
  let t: TestApp;
  let registrar: ApiClient;
  let reviewer: ApiClient;
  let doctor: ApiClient;
  let supervisor: ApiClient;
  let dpo: ApiClient;
  const erased = canaryPerson('A');
  const kept = canaryPerson('B');
  let a: { id: string; applicantId: string; reference: string };
  let b: { id: string; applicantId: string };
  let duplicateApplicationId: string;
  let figuresBefore: unknown;
  let bBefore: unknown;
  let auditNamingA: number;
  let lastSeqBefore: number;
  const day = new Date().toISOString().slice(0, 10);

  async function register(who: ReturnType<typeof canaryPerson>) {
    const res = await registrar.post('/api/applications', receptionApplication(sites.khankendi.id, { applicant: who.person, informationNotice: { version: '2026-01', language: 'ru', mode: 'spoken' } }), {
      'idempotency-key': `intake-${randomBytes(6).toString('hex')}`,
    });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as { id: string; applicantId: string; reference: string };
  }

  /** Everything a staff member and a resident do with a file: review, a question and its answer, health, a scan. */
  async function fillIn(who: ReturnType<typeof canaryPerson>, app: { id: string; applicantId: string; reference: string }) {
    const started = await reviewer.request('POST', `/api/applications/${app.id}/start-review`, { body: {}, headers: { 'if-match': '"2"' } });
    expect(started.status).toBe(200);
    const asked = await reviewer.request('POST', `/api/applications/${app.id}/request-information`, { body: { comment: who.c('QUESTION') }, headers: { 'if-match': '"3"' } });
    expect(asked.status).toBe(200);
    who.canaries.push(who.c('QUESTION'), who.c('ANSWER'), who.c('HEALTH'), who.c('DISABILITY'), who.c('PLACE'), who.c('SCAN'));
    const resident = await followAs(t, app.reference, who.person.birthDate);
    const answered = await resident.request('POST', '/api/portal/application/answer', { body: { comment: who.c('ANSWER') }, headers: { 'if-match': '"4"', 'idempotency-key': `answer-${app.id}` } });
    expect(answered.status, JSON.stringify(answered.body)).toBe(200);
    who.canaries.push(who.c('CORRECTED'), who.c('WHY'));
    const asked2 = await resident.post('/api/portal/rights/corrections', { field: 'patronymic', value: who.c('CORRECTED'), comment: who.c('WHY') }, { 'idempotency-key': `correction-${app.id}` });
    expect((await supervisor.post(`/api/corrections/${asked2.body.id}/apply`, {})).status).toBe(200);
    const health = {
      health: { conditions: [who.c('HEALTH')], chronicIllnesses: ['asthma'], notes: null },
      disability: { kinds: ['mobility'], notes: who.c('DISABILITY') },
      needs: { livesAlone: true, needsSurgery: false, needsMedicalEvacuation: false, needsHomeVisits: true },
      location: { latitude: 39.81, longitude: 46.75, description: who.c('PLACE') },
    };
    expect((await doctor.request('PUT', `/api/people/${app.applicantId}/special-categories`, { body: health, headers: { 'if-match': '"0"' } })).status).toBe(200);
    const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(who.c('SCAN')), randomBytes(512)]);
    const upload = await registrar.request('POST', `/api/applications/${app.id}/attachments?kind=identity-document`, {
      raw: scan,
      headers: { 'content-type': 'application/pdf', 'idempotency-key': `scan-${app.id}` },
    });
    expect(upload.status).toBe(201);
  }

  let sites: Awaited<ReturnType<typeof seedSites>>;

  beforeAll(async () => {
    t = await startTestApp(kind);
    sites = await seedSites(t);
    registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], sites.khankendi.id);
    reviewer = await signedInStaff(t, 'reviewer', ['reviewer']);
    doctor = await signedInStaff(t, 'doctor', ['doctor']);
    supervisor = await signedInStaff(t, 'supervisor', ['supervisor']);
    dpo = await signedInStaff(t, 'dpo', ['data-protection-officer']);

    a = await register(erased);
    b = await register(kept);
    await fillIn(erased, a);
    await fillIn(kept, { ...b, reference: (await registrar.get(`/api/applications/${b.id}`)).body.reference });

    // The same woman applies again on the portal; the duplicate check flags her and a reviewer merges the records.
    const again = await apply(new ApiClient(t.url), portalApplication({ applicant: { ...erased.person, notifyBy: 'email' } }));
    expect(again.status, JSON.stringify(again.body)).toBe(201);
    await t.runtime.services.matchWorker.drain();
    const pairs = (await reviewer.get('/api/duplicates?state=open')).body.items as { id: string; applicationId: string }[];
    expect(pairs).toHaveLength(1);
    duplicateApplicationId = pairs[0]!.applicationId;
    expect((await reviewer.post(`/api/duplicates/${pairs[0]!.id}/confirm`)).status).toBe(200);

    await workerFor(t).drain();
    await t.runtime.services.auditTrail.sealer.sealAll();
    figuresBefore = (await supervisor.get(`/api/reports/intake?from=${day}&to=${day}`)).body;
    bBefore = (await supervisor.get(`/api/applications/${b.id}`)).body;
    const naming = await t.runtime.deps.store.db.selectFrom('audit_entries').select('seq').where('record_id', 'in', [a.id, a.applicantId]).execute();
    auditNamingA = naming.length;
    lastSeqBefore = Math.max(...naming.map((r: { seq: number }) => Number(r.seq)));
  });
  afterAll(() => t?.close());

  it('finds every canary of both people before the erasure (the search below would see them)', async () => {
    const tables = Object.values(await everyTable(t)).join('\n');
    const sealed = [erased.c('HEALTH'), erased.c('DISABILITY'), erased.c('PLACE'), erased.c('SCAN')];
    expect(found(erased.canaries.filter((c) => !sealed.includes(c)), tables).sort()).toEqual(erased.canaries.filter((c) => !sealed.includes(c)).sort());
    if (kind === 'sqlite') {
      const bytes = Buffer.concat(filesUnder(t.config.dataDir).map((f) => f.bytes));
      expect(found([erased.person.familyName, erased.c('QUESTION')], bytes)).toHaveLength(2);
    }
  });

  it('erases her on the officer’s order, with a reason, and says it is done', async () => {
    const res = await dpo.post(`/api/people/${a.applicantId}/erasure`, { reason: 'resident-request', note: 'DSR-2026-014' });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body).toMatchObject({ reason: 'resident-request', stage: 'done', people: 2, applications: 2 });
    const again = await dpo.post(`/api/people/${a.applicantId}/erasure`, { reason: 'resident-request', note: null });
    expect(again.body.id).toBe(res.body.id);
  });

  it('leaves no canary of hers in any table', async () => {
    expect(whereFound(erased.canaries, await everyTable(t))).toEqual({});
  });

  it('leaves none in any file of the data folder: the database and its log, scans, the message sink', async () => {
    const files = filesUnder(t.config.dataDir);
    if (kind === 'sqlite') expect(files.some((f) => f.file.endsWith('homeward.sqlite'))).toBe(true);
    expect(whereFound(erased.canaries, Object.fromEntries(files.map((f) => [f.file, f.bytes])))).toEqual({});
    // Her scan is gone from the file store; his is still there.
    expect(files.filter((f) => f.file.startsWith(t.config.filesDir))).toHaveLength(1);
  });

  if (kind === 'postgres') {
    it('leaves none in a dump of the PostgreSQL database', async () => {
      const { text } = await postgresDump(t.config.database.kind === 'postgres' ? t.config.database.url : '');
      expect(found(erased.canaries, text)).toEqual([]);
      expect(text).toContain(kept.person.familyName);
    });
  }

  it('leaves none in the logs', () => {
    expect(found(erased.canaries, t.logs.join('\n'))).toEqual([]);
  });

  it('keeps the other resident whole', async () => {
    expect((await supervisor.get(`/api/applications/${b.id}`)).body).toMatchObject({
      applicant: (bBefore as { applicant: object }).applicant,
      timeline: (bBefore as { timeline: object }).timeline,
      attachments: (bBefore as { attachments: object }).attachments,
    });
    const tables = Object.values(await everyTable(t)).join('\n');
    const readable = kept.canaries.filter((c) => ![kept.c('HEALTH'), kept.c('DISABILITY'), kept.c('PLACE'), kept.c('SCAN')].includes(c));
    expect(found(readable, tables).sort()).toEqual(readable.sort());
    expect((await doctor.get(`/api/people/${b.applicantId}/special-categories`)).body.health.conditions).toEqual([kept.c('HEALTH')]);
  });

  it('leaves the published counts as they were: her applications stay, anonymised', async () => {
    expect((await supervisor.get(`/api/reports/intake?from=${day}&to=${day}`)).body).toEqual(figuresBefore);
    const view = (await supervisor.get(`/api/applications/${a.id}`)).body;
    expect(view).toMatchObject({ reference: null, state: 'resubmitted', channel: 'reception', attachments: [], notifications: [] });
    expect(view.applicant).toMatchObject({ givenName: { value: '' }, familyName: { value: '' }, phones: [], email: null, documents: [], birthDate: null });
    expect(view.timeline.every((s: { comment: string | null }) => s.comment === null)).toBe(true);
    expect((await supervisor.get(`/api/applications/${duplicateApplicationId}`)).body.reference).toBeNull();
  });

  it('keeps the audit trail whole: entries naming her ids stay, the erasure is recorded, verify passes', async () => {
    const { db } = t.runtime.deps.store;
    const naming = await db.selectFrom('audit_entries').select(['seq', 'action', 'actor_role', 'purpose']).where('record_id', 'in', [a.id, a.applicantId]).execute();
    expect(naming.filter((r: { seq: number }) => Number(r.seq) <= lastSeqBefore)).toHaveLength(auditNamingA);
    expect(naming.map(({ seq: _seq, ...rest }: { seq: number }) => rest)).toEqual(expect.arrayContaining([{ action: 'erasure', actor_role: 'data-protection-officer', purpose: 'data-subject-request' }]));
    await t.runtime.services.auditTrail.sealer.sealAll();
    expect(await t.runtime.services.auditTrail.verify()).toMatchObject({ ok: true, pending: 0 });
  });

  it('answers a code request for her old reference as for any unknown one, and sends nothing', async () => {
    const res = await new ApiClient(t.url).post('/api/portal/codes', { reference: a.reference, birthDate: erased.person.birthDate });
    expect(res.status).toBe(202);
    await workerFor(t).drain();
    expect(whereFound(erased.canaries, Object.fromEntries(filesUnder(t.config.dataDir).map((f) => [f.file, f.bytes])))).toEqual({});
  });
});
