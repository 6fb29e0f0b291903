import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedInStaff, testPassword } from '../support/client.js';
import { applicant, receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { storeKinds } from '../support/stores.js';

const record = {
  health: { conditions: ['hypertension'], chronicIllnesses: ['diabetes type 2'], notes: 'insulin twice a day' },
  disability: { kinds: ['mobility'], notes: 'uses a wheelchair' },
  needs: { livesAlone: true, needsSurgery: false, needsMedicalEvacuation: false, needsHomeVisits: true },
  location: { latitude: 39.8177, longitude: 46.7528, description: 'last house past the spring' },
};

describe.each(storeKinds)("a person's special categories over HTTP (%s)", (kind) => {
  let t: TestApp;
  let registrar: ApiClient;
  let doctor: ApiClient;
  let doctorId: string;
  let personId: string;
  let otherPersonId: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const sites = await seedSites(t);
    registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], sites.khankendi.id);
    doctor = await signedInStaff(t, 'doctor', ['doctor']);
    doctorId = (await doctor.get('/api/session')).body.user.id;
    personId = (await registrar.post('/api/applications', receptionApplication(sites.khankendi.id))).body.applicantId;
    const other = receptionApplication(sites.khankendi.id, { applicant: applicant({ givenName: 'Անի', residence: { placeId: 'S003' } }) });
    otherPersonId = (await registrar.post('/api/applications', other)).body.applicantId;
  });
  afterAll(() => t?.close());

  const put = (client: ApiClient, id: string, body: unknown, version: number) =>
    client.request('PUT', `/api/people/${id}/special-categories`, { body, headers: { 'if-match': `"${version}"` } });

  it('records and reads back a whole record, versioned, and marks the person vulnerable', async () => {
    const created = await put(doctor, personId, record, 0);
    expect(created.status, JSON.stringify(created.body)).toBe(200);
    expect(created.headers.get('etag')).toBe('"1"');
    const read = await doctor.get(`/api/people/${personId}/special-categories`);
    expect(read.status).toBe(200);
    expect(read.body).toMatchObject({ personId, ...record, vulnerable: true, version: 1 });

    const changed = await put(doctor, personId, { ...record, needs: { ...record.needs, needsSurgery: true } }, 1);
    expect(changed.body).toMatchObject({ version: 2, needs: { needsSurgery: true } });
    const stale = await put(doctor, personId, record, 1);
    expect(stale.status).toBe(412);
    expect(stale.body.currentVersion).toBe(2);
  });

  it('audits every read with the reader, role, purpose and sections — and never a value', async () => {
    await doctor.get(`/api/people/${personId}/special-categories`);
    const entries = await t.runtime.deps.store.db.selectFrom('audit_entries').selectAll().where('record_id', '=', personId).orderBy('seq').execute();
    const reads = entries.filter((e) => e.action === 'read');
    expect(reads.at(-1)).toMatchObject({ actor_id: doctorId, actor_role: 'doctor', purpose: 'medical-care', record_type: 'person' });
    expect(JSON.parse(reads.at(-1)!.sections)).toEqual(['special-categories', 'precise-location']);
    expect(entries.filter((e) => e.action === 'special-categories.record')).toHaveLength(2);
    const text = JSON.stringify(entries);
    for (const value of ['hypertension', 'diabetes', 'insulin', 'wheelchair', 'spring', '39.8177']) expect(text).not.toContain(value);
  });

  it('returns nothing when the read\'s audit entry cannot be written', async () => {
    // The store itself refuses audit entries (a full disk, a revoked grant would do the same).
    const refuse =
      kind === 'postgres'
        ? [
            sql`create function refuse_audit() returns trigger language plpgsql as $$ begin raise exception 'audit refused'; end $$`,
            sql`create trigger refuse_audit before insert on audit_entries for each row execute function refuse_audit()`,
          ]
        : [sql`create trigger refuse_audit before insert on audit_entries begin select raise(abort, 'audit refused'); end`];
    const allow = kind === 'postgres' ? [sql`drop trigger refuse_audit on audit_entries`, sql`drop function refuse_audit()`] : [sql`drop trigger refuse_audit`];
    const { writer } = t.runtime.deps.store;
    for (const statement of refuse) await statement.execute(writer);
    try {
      const read = await doctor.get(`/api/people/${personId}/special-categories`);
      expect(read.status).toBeGreaterThanOrEqual(500);
      for (const value of ['hypertension', 'insulin', 'wheelchair', 'spring', '39.8177']) expect(JSON.stringify(read.body)).not.toContain(value);
    } finally {
      for (const statement of allow) await statement.execute(writer);
    }
    expect((await doctor.get(`/api/people/${personId}/special-categories`)).status).toBe(200);
  });

  it('keeps a precise location only for vulnerable people', async () => {
    const res = await put(doctor, otherPersonId, { location: record.location }, 0);
    expect(res.status).toBe(400);
    expect(res.body.errors).toEqual([expect.objectContaining({ pointer: '/location', rule: 'location.requires-vulnerable' })]);
  });

  it('refuses every other role (403), and a case worker outside the person\'s district sees nothing (404)', async () => {
    expect((await registrar.get(`/api/people/${personId}/special-categories`)).status).toBe(403);
    expect((await put(registrar, otherPersonId, {}, 0)).status).toBe(403);
    const home = await t.runtime.services.places.get('S001');
    const away = await t.runtime.services.places.get('S003');
    expect(home?.districtId).toBeTruthy();
    expect(away?.districtId).not.toBe(home?.districtId);
    const caseWorker = await signedInStaff(t, 'case.worker', ['case-worker'], null, home!.districtId);
    expect((await caseWorker.get(`/api/people/${personId}/special-categories`)).status).toBe(200);
    expect((await put(caseWorker, otherPersonId, {}, 0)).status).toBe(404);
  });

  it('withholds the precise location from a role without that section, and keeps it when such a role records the rest', async () => {
    const { specialCategories } = t.runtime.services;
    const base = { actor: { id: 'someone', role: 'case-worker' }, subject: null, scope: 'all' as const, purpose: 'service-delivery' };
    const withoutLocation = { ...base, sections: ['identity', 'special-categories'] as const };
    const current = await specialCategories.read(withoutLocation, personId);
    expect(current).toMatchObject({ location: null, withheld: ['precise-location'], vulnerable: true });
    const entries = await t.runtime.deps.store.db.selectFrom('audit_entries').selectAll().where('actor_id', '=', 'someone').execute();
    expect(JSON.parse(entries.at(-1)!.sections)).toEqual(['special-categories']);

    const { personId: _, vulnerable, withheld, version, updatedAt, ...rest } = current;
    await specialCategories.record(withoutLocation, personId, { ...rest, health: { ...rest.health, notes: 'seen by the case worker' } }, version);
    const again = await doctor.get(`/api/people/${personId}/special-categories`);
    expect(again.body).toMatchObject({ location: record.location, health: { notes: 'seen by the case worker' } });

    await expect(specialCategories.record(withoutLocation, personId, { ...rest, location: record.location }, version + 1)).rejects.toMatchObject({ code: 'forbidden' });
    await expect(specialCategories.read({ ...base, sections: ['identity', 'contact'] }, personId)).rejects.toMatchObject({ code: 'forbidden' });
  });

  it('stores only sealed values: the row holds none of the record, and a value moved to another row does not open', async () => {
    await put(doctor, otherPersonId, { health: { conditions: ['asthma'] } }, 0);
    const { db } = t.runtime.deps.store;
    const rows = await db.selectFrom('person_special_categories').selectAll().execute();
    for (const row of rows) {
      for (const column of ['health', 'disability', 'needs', 'location']) expect(row[column]).toMatch(/^hw1\.[a-z-]+\/\d+\./);
    }
    expect(JSON.stringify(rows)).not.toMatch(/hypertension|asthma|wheelchair|spring|true|false/);

    const theirs = rows.find((r) => r.person_id === personId)!;
    await t.runtime.deps.store.transaction((trx) =>
      trx.updateTable('person_special_categories').set({ health: theirs.health }).where('person_id', '=', otherPersonId).execute(),
    );
    const swapped = await doctor.get(`/api/people/${otherPersonId}/special-categories`);
    expect(swapped.status).toBe(500);
    expect(JSON.stringify(swapped.body)).not.toContain('hypertension');
    expect(t.logs.some((l) => l.includes('sealed-authentication'))).toBe(true);
  });
});
