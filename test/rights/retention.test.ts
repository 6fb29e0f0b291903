import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { signedInStaff, type ApiClient } from '../support/client.js';
import { applicant, receptionApplication, seedSites } from '../support/fixtures.js';
import { filesUnder } from '../support/dumps.js';
import { pdfBytes } from '../support/scans.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { storeKinds } from '../support/stores.js';

const year = 365.2425 * 24 * 3600_000;

/**
 * The retention job with an injected clock: closed applications are anonymised (and their people
 * erased) once their period has passed since the last action; a legal hold keeps one as it is
 * until lifted; an open application, and a person another application still needs, are kept.
 */
describe.each(storeKinds)('retention periods and legal holds (%s)', (kind) => {
  let t: TestApp;
  const clock = new ManualClock('2026-03-02T08:00:00.000Z');
  let registrar: ApiClient;
  let reviewer: ApiClient;
  let dpo: ApiClient;
  let sites: Awaited<ReturnType<typeof seedSites>>;
  const apps = {} as Record<'expired' | 'held' | 'open' | 'returning', { id: string; applicantId: string }>;
  let again: { id: string; applicantId: string };
  let holdId: string;

  const register = async (person: Record<string, unknown>) =>
    (await registrar.post('/api/applications', receptionApplication(sites.khankendi.id, { applicant: applicant(person) }))).body as { id: string; applicantId: string };
  const reject = async (id: string) => {
    expect((await reviewer.request('POST', `/api/applications/${id}/start-review`, { body: {}, headers: { 'if-match': '"2"' } })).status).toBe(200);
    expect((await reviewer.request('POST', `/api/applications/${id}/reject`, { body: { reasonCode: 'not-eligible' }, headers: { 'if-match': '"3"' } })).status).toBe(200);
  };
  const run = () => t.runtime.services.rights.retention.runOnce();
  const person = async (id: string) => (await t.runtime.services.people.byIds([id])).get(id)!;
  const application = (id: string) => t.runtime.deps.store.db.selectFrom('applications').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  const counts = async () => (await t.runtime.services.registration.views.intakeFigures({ actor: { id: null, role: 'system' }, subject: null, scope: 'all', sections: [] }, '2026-01-01', '2026-12-31')).rows;

  beforeAll(async () => {
    t = await startTestApp(kind, { clock, env: { HOMEWARD_RETENTION_YEARS: 'rejected=2,withdrawn=2' } });
    sites = await seedSites(t);
    registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], sites.khankendi.id);
    reviewer = await signedInStaff(t, 'reviewer', ['reviewer']);
    dpo = await signedInStaff(t, 'dpo', ['data-protection-officer']);

    apps.expired = await register({ givenName: 'Նարինե', familyName: 'Սարգսյան', birthDate: '1950-01-05', phones: ['+374 97 111111'], documents: [] });
    apps.held = await register({ givenName: 'Լիլիթ', familyName: 'Գրիգորյան', birthDate: '1952-02-06', phones: ['+374 97 222222'], documents: [] });
    apps.open = await register({ givenName: 'Սոնա', familyName: 'Մելքոնյան', birthDate: '1954-03-07', phones: ['+374 97 333333'], documents: [] });
    apps.returning = await register({ givenName: 'Գոհար', familyName: 'Դավթյան', birthDate: '1956-04-08', phones: ['+374 97 444444'], documents: [] });
    const scan = await registrar.request('POST', `/api/applications/${apps.expired.id}/attachments?kind=identity-document`, { raw: pdfBytes, headers: { 'content-type': 'application/pdf' } });
    expect(scan.status).toBe(201);
    for (const a of [apps.expired, apps.held, apps.returning]) await reject(a.id);

    // Gohar applies again a year later; the duplicate check links the two records and a reviewer merges them.
    clock.advance(year);
    await registrar.renew();
    await reviewer.renew();
    again = await register({ givenName: 'Գոհար', familyName: 'Դավթյան', birthDate: '1956-04-08', phones: ['+374 97 444444'], documents: [] });
    await t.runtime.services.matchWorker.drain();
    const [pair] = (await reviewer.get('/api/duplicates?state=open')).body.items;
    expect([pair.left.id, pair.right.id].sort()).toEqual([apps.returning.applicantId, again.applicantId].sort());
    expect((await reviewer.post(`/api/duplicates/${pair.id}/confirm`)).status).toBe(200);

    await dpo.renew();
    const hold = await dpo.post(`/api/people/${apps.held.applicantId}/legal-holds`, { reason: 'Appeal pending before the court' });
    expect(hold.status).toBe(201);
    holdId = hold.body.id;
  });
  afterAll(() => t?.close());

  it('keeps everything before the period has passed', async () => {
    expect(await run()).toMatchObject({ anonymised: 0, held: 0 });
    expect((await application(apps.expired.id)).reference).not.toBeNull();
  });

  it('anonymises an expired closed application and erases its applicant; finishes an erasure a crash interrupted', async () => {
    clock.advance(1.5 * year);
    const before = await counts();
    const { files } = t.runtime.services;
    const remove = files.remove;
    files.remove = async () => {
      throw Object.assign(new Error('disk gone'), { code: 'EIO' });
    };
    let first;
    try {
      first = await run();
    } finally {
      files.remove = remove;
    }
    // Gohar's first application is anonymised in the same round; Narine's stopped after its rows.
    expect(first).toMatchObject({ anonymised: 1, failed: 1, held: 1 });
    const stuck = await t.runtime.services.rights.erasure.list(10);
    expect(stuck.map((e) => e.stage).sort()).toEqual(['done', 'rows-erased']);
    expect(filesUnder(t.config.filesDir)).toHaveLength(1);

    expect(await run()).toMatchObject({ resumed: 1, anonymised: 0, held: 1 });
    expect((await t.runtime.services.rights.erasure.list(10)).map((e) => ({ reason: e.reason, stage: e.stage }))).toEqual([
      { reason: 'retention', stage: 'done' },
      { reason: 'retention', stage: 'done' },
    ]);
    expect(filesUnder(t.config.filesDir)).toHaveLength(0);
    expect(await application(apps.expired.id)).toMatchObject({ reference: null, state: 'rejected', anonymised_at: expect.any(String) });
    expect(await person(apps.expired.applicantId)).toMatchObject({ givenName: { value: '' }, phones: [], birthDate: null });
    expect(await counts()).toEqual(before);
  });

  it('keeps an application under a legal hold, and its applicant, as they were', async () => {
    expect((await application(apps.held.id)).reference).not.toBeNull();
    expect((await person(apps.held.applicantId)).givenName.value).toBe('Լիլիթ');
  });

  it('keeps open applications, and a person whose other application is still open', async () => {
    expect((await application(apps.open.id)).reference).not.toBeNull();
    expect(await application(apps.returning.id)).toMatchObject({ reference: null, anonymised_at: expect.any(String) });
    expect((await person(apps.returning.applicantId)).givenName.value).toBe('Գոհար');
    expect((await person(again.applicantId)).givenName.value).toBe('Գոհար');
  });

  it('anonymises the held application once the hold is lifted, and audits all of it', async () => {
    await dpo.renew();
    expect((await dpo.post(`/api/legal-holds/${holdId}/lift`)).status).toBe(200);
    expect(await run()).toMatchObject({ anonymised: 1, held: 0 });
    expect((await person(apps.held.applicantId)).givenName.value).toBe('');
    const actions = (await t.runtime.deps.store.db.selectFrom('audit_entries').select(['action', 'actor_role']).where('record_id', '=', apps.held.applicantId).execute()).map(
      (r: { action: string; actor_role: string }) => `${r.actor_role} ${r.action}`,
    );
    expect(actions).toEqual(expect.arrayContaining(['data-protection-officer legal-hold.place', 'data-protection-officer legal-hold.lift', 'system erasure']));
  });

  it('refuses an erasure on request while a legal hold stands', async () => {
    const hold = await dpo.post(`/api/people/${apps.open.applicantId}/legal-holds`, { reason: 'Investigation' });
    const res = await dpo.post(`/api/people/${apps.open.applicantId}/erasure`, { reason: 'resident-request' });
    expect(res.status).toBe(409);
    expect(res.body.reason).toBe('legal-hold');
    expect((await dpo.get(`/api/people/${apps.open.applicantId}/legal-holds`)).body.items).toEqual([expect.objectContaining({ id: hold.body.id, liftedAt: null })]);
  });
});
