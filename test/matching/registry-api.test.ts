import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedInStaff } from '../support/client.js';
import { applicant, receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { storeKinds } from '../support/stores.js';

/** The same man as typed at three desks: the portal in Armenian, the office in Russian, a village in Azerbaijani Latin. */
const inArmenian = { givenName: 'Արամ', patronymic: 'Գագիկի', familyName: 'Հովհաննիսյան', birthDate: '1961-03-14' };
const inRussian = { givenName: 'Арам', patronymic: 'Гагикович', familyName: 'Оганесян', birthDate: '1961-03-14' };

describe.each(storeKinds)('finding people across scripts (%s)', (kind) => {
  let t: TestApp;
  let registrar: ApiClient;
  let reviewer: ApiClient;
  let sites: Awaited<ReturnType<typeof seedSites>>;
  let first: { id: string; applicantId: string };

  const register = async (person: Record<string, unknown>, household: object[] = []) =>
    (await registrar.post('/api/applications', receptionApplication(sites.khankendi.id, { applicant: applicant(person), household }))).body as {
      id: string;
      applicantId: string;
    };
  const checkDuplicates = () => t.runtime.services.matchWorker.drain();

  beforeAll(async () => {
    t = await startTestApp(kind);
    sites = await seedSites(t);
    registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], sites.khankendi.id);
    reviewer = await signedInStaff(t, 'reviewer', ['reviewer']);
    first = await register({ ...inArmenian, phones: ['+374 97 123456'], documents: [] });
    await register({ givenName: 'Anahit', familyName: 'Petrosyan', birthDate: '1970-05-02', phones: [], notifyBy: 'none', documents: [] });
    await checkDuplicates();
  });
  afterAll(() => t?.close());

  it('finds a person typed in Armenian by a search typed in Cyrillic, and says why', async () => {
    const res = await registrar.get(`/api/people/search?q=${encodeURIComponent('Арам Оганесян')}&birthDate=1961`);
    expect(res.status).toBe(200);
    expect(res.body.items[0].person).toMatchObject({ id: first.applicantId, familyName: { value: 'Հովհաննիսյան', script: 'armenian' } });
    const family = res.body.items[0].fields.find((f: { field: string }) => f.field === 'familyName');
    expect(family).toMatchObject({ level: 'similar' });
    expect(family.detail).toContain('Հովհաննիսյան');
    expect(res.body.items.some((i: { person: { familyName: { value: string } } }) => i.person.familyName.value === 'Petrosyan')).toBe(false);
  });

  it('shows search results with identity only, and audits every search', async () => {
    const res = await registrar.get(`/api/people/search?q=${encodeURIComponent('Aram Hovhannisyan')}&birthDate=1961-03-14`);
    expect(res.body.items[0].person.phones).toEqual([]);
    expect(res.body.items[0].person.withheld).toEqual(['contact', 'documents']);
    const searches = await t.runtime.deps.store.db.selectFrom('audit_entries').select(['action', 'detail']).where('action', '=', 'search').execute();
    expect(searches.length).toBeGreaterThanOrEqual(2);
  });

  it('finds a person registered a moment ago, before the duplicate check has indexed their keys', async () => {
    const fresh = await register({ givenName: 'Sevak', familyName: 'Mkrtchyan', birthDate: '1988-11-30', phones: [], notifyBy: 'none', documents: [] });
    const indexed = () => t.runtime.deps.store.db.selectFrom('person_match_keys').select('key').where('person_id', '=', fresh.applicantId).execute();
    expect(await indexed()).toEqual([]);
    const search = () => registrar.get(`/api/people/search?q=${encodeURIComponent('Севак Мкртчян')}&birthDate=1988`);
    expect((await search()).body.items[0].person.id).toBe(fresh.applicantId);
    await checkDuplicates();
    expect((await indexed()).length).toBeGreaterThan(0);
    expect(await t.runtime.deps.store.db.selectFrom('match_queue').select('person_id').execute()).toEqual([]);
    expect((await search()).body.items[0].person.id).toBe(fresh.applicantId);
  });

  it('indexes the keys of everyone waiting in one round of the check, before it has checked them all', async () => {
    const burst = [];
    for (const [i, givenName] of ['Karen', 'Lilit', 'Narek', 'Gayane', 'Tigran', 'Ani', 'Hayk', 'Mane'].entries())
      burst.push(await register({ givenName, familyName: 'Sargsyan', birthDate: `1990-01-1${i}`, phones: [], notifyBy: 'none', documents: [] }));
    const queue = () => t.runtime.deps.store.db.selectFrom('match_queue').select(['person_id', 'keys']).execute();
    expect((await queue()).every((r) => r.keys !== null)).toBe(true);

    await t.runtime.services.matchWorker.runOnce();
    const waiting = await queue();
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every((r) => r.keys === null)).toBe(true);
    const indexed = await t.runtime.deps.store.db.selectFrom('person_match_keys').select('person_id').distinct().where('person_id', 'in', burst.map((b) => b.applicantId)).execute();
    expect(indexed).toHaveLength(burst.length);
    await checkDuplicates();
    expect(await queue()).toEqual([]);
  });

  it('asks to refine a search that names nothing it can look up, and lists no one', async () => {
    const res = await registrar.get('/api/people/search?q=Aram');
    expect(res.body).toEqual({ items: [], refine: true });
    expect((await registrar.get('/api/people/search')).status).toBe(400);
  });

  it('shows likely duplicates while the registrar is still typing', async () => {
    const res = await registrar.post('/api/people/candidates', { ...inRussian, phones: ['097 123456'] });
    expect(res.status).toBe(200);
    expect(res.body.items[0]).toMatchObject({ likelyDuplicate: true, person: { id: first.applicantId } });
    expect(res.body.items[0].score).toBeGreaterThan(0.9);
  });

  it('flags the duplicate after intake, lets a reviewer merge it, and unmerge restores both exactly', async () => {
    const second = await register({ ...inRussian, phones: ['+374 97 123456'], documents: [], language: 'ru' });
    await checkDuplicates();
    const flagged = await registrar.get(`/api/applications/${second.id}/duplicates`);
    expect(flagged.body.items).toHaveLength(1);
    const candidate = flagged.body.items[0];
    expect(candidate).toMatchObject({ state: 'open', left: { id: second.applicantId }, right: { id: first.applicantId } });

    const before = await t.runtime.services.people.byIds([first.applicantId, second.applicantId]);
    const confirmed = await reviewer.post(`/api/duplicates/${candidate.id}/confirm`);
    expect(confirmed.status, JSON.stringify(confirmed.body)).toBe(200);
    expect(confirmed.body.state).toBe('confirmed');
    const merged = await t.runtime.services.people.byIds([first.applicantId, second.applicantId]);
    expect(merged.get(second.applicantId)!.mergedIntoId).toBe(first.applicantId);
    expect(merged.get(first.applicantId)!.aliases).toEqual([
      { sourcePersonId: second.applicantId, givenName: 'Арам', patronymic: 'Гагикович', familyName: 'Оганесян' },
    ]);
    const search = await registrar.get(`/api/people/search?q=${encodeURIComponent('Арам Оганесян')}&birthDate=1961-03-14`);
    expect(search.body.items.map((i: { person: { id: string } }) => i.person.id)).toEqual([first.applicantId]);

    const unmerged = await reviewer.post(`/api/people/${second.applicantId}/unmerge`);
    expect(unmerged.status).toBe(200);
    const after = await t.runtime.services.people.byIds([first.applicantId, second.applicantId]);
    for (const id of [first.applicantId, second.applicantId]) {
      const { version: _before, ...was } = before.get(id)!;
      const { version: _after, ...is } = after.get(id)!;
      expect(is).toEqual(was);
    }
    expect((await reviewer.get(`/api/duplicates/${candidate.id}`)).body.state).toBe('open');
  });

  it('keeps a dismissed pair from being flagged again', async () => {
    const third = await register({ givenName: 'Aram', familyName: 'Hovhannisyan', birthDate: '1961-03-14', phones: ['+374 97 123456'], documents: [], language: 'en' });
    await checkDuplicates();
    const open = (await reviewer.get('/api/duplicates?state=open')).body.items.filter((d: { left: { id: string } }) => d.left.id === third.applicantId);
    expect(open.length).toBeGreaterThan(0);
    for (const d of open) expect((await reviewer.post(`/api/duplicates/${d.id}/dismiss`)).status).toBe(200);
    await t.runtime.deps.store.transaction((trx) => trx.insertInto('match_queue').values({ person_id: third.applicantId, application_id: third.id, queued_at: new Date().toISOString(), lease_until: null }).execute());
    await checkDuplicates();
    const again = (await reviewer.get('/api/duplicates?state=open')).body.items.filter((d: { left: { id: string } }) => d.left.id === third.applicantId);
    expect(again).toEqual([]);
  });

  it('does not flag a father and the son named after the grandfather, nor twins, in one household', async () => {
    const family = await register({ givenName: 'Gevorg', patronymic: 'Aramovich', familyName: 'Sargsyan', birthDate: '1950-02-01', phones: ['+374 97 654321'], documents: [], language: 'en' }, [
      { givenName: 'Gevorg', patronymic: 'Gevorgovich', familyName: 'Sargsyan', birthDate: '1976-08-09', relationship: 'child', phones: ['+374 97 654321'], language: 'en' },
      { givenName: 'Ani', familyName: 'Sargsyan', birthDate: '1980-01-01', relationship: 'child', language: 'en' },
      { givenName: 'Ara', familyName: 'Sargsyan', birthDate: '1980-01-01', relationship: 'child', language: 'en' },
    ]);
    await checkDuplicates();
    expect((await registrar.get(`/api/applications/${family.id}/duplicates`)).body.items).toEqual([]);
  });

  it('lets only roles that merge see the review queue', async () => {
    expect((await registrar.get('/api/duplicates')).status).toBe(403);
    expect((await reviewer.get('/api/duplicates')).status).toBe(200);
  });
});
