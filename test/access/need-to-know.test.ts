import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { purposesOf, roles, scopeFor, sectionsOf, seesSpecialCategories, withinScope, type Role } from '../../src/access/core/policy.js';
import { restrictPersonView } from '../../src/people/core/sections.js';
import { ApiClient, signedInStaff } from '../support/client.js';
import { receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { storeKinds } from '../support/stores.js';

describe('the need-to-know policy', () => {
  it('never lets administrators, auditors or the data-protection officer see a person’s record sections', () => {
    for (const role of ['administrator', 'auditor', 'data-protection-officer'] as Role[]) expect(sectionsOf(role)).toEqual([]);
    expect(scopeFor(['administrator'], 'application.read')).toBeUndefined();
  });

  it('gives a user with several roles the broadest scope any of them grants', () => {
    fc.assert(
      fc.property(fc.subarray([...roles], { minLength: 1 }), (set) => {
        const scope = scopeFor(set, 'application.read');
        const each = set.map((r) => scopeFor([r], 'application.read')).filter(Boolean);
        const rank = { own: 0, office: 1, district: 2, all: 3 } as const;
        if (!each.length) return scope === undefined;
        return rank[scope!] === Math.max(...each.map((s) => rank[s!]));
      }),
    );
  });

  it('keeps an office-scoped reader to its office and a district-scoped one to its district', () => {
    fc.assert(
      fc.property(fc.constantFrom('a', 'b', null), fc.constantFrom('a', 'b', null), fc.constantFrom('x', 'y', null), fc.constantFrom('x', 'y', null), (myOffice, office, myDistrict, district) => {
        const subject = { userId: 'u', roles: [] as Role[], officeId: myOffice, districtId: myDistrict };
        expect(withinScope(subject, 'office', { officeId: office })).toBe(myOffice !== null && myOffice === office);
        expect(withinScope(subject, 'district', { districtId: district })).toBe(myDistrict !== null && myDistrict === district);
        expect(withinScope(subject, 'all', {})).toBe(true);
      }),
    );
  });

  it('shows a role only the sections it needs, and says which were withheld', () => {
    const person = {
      id: 'p', givenName: { value: 'Aram', script: 'latin' as const }, patronymic: null, familyName: { value: 'Petrosyan', script: 'latin' as const },
      sex: null, birthDate: '1961', birthPlace: null, residence: { placeId: 'S001', text: null }, phones: [{ raw: '1', e164: '+37497123456' }],
      email: 'a@b.c', documents: [{ type: 'am-passport' as const, number: 'AR1', normalised: 'AR1', formatOk: false, issuer: null }],
      language: 'hy' as const, notifyBy: 'sms' as const, householdId: null, mergedIntoId: null, version: 1, withheld: [],
    };
    for (const role of roles) {
      const seen = restrictPersonView(person, sectionsOf(role));
      expect(seen.phones.length > 0, role).toBe(sectionsOf(role).includes('contact'));
      expect(seen.documents.length > 0, role).toBe(sectionsOf(role).includes('documents'));
      expect(seen.withheld.length, role).toBe((['contact', 'documents'] as const).filter((s) => !sectionsOf(role).includes(s)).length);
    }
  });

  it('shortens the sessions of roles that see health, disability or where vulnerable people live', () => {
    expect(seesSpecialCategories(['doctor'])).toBe(true);
    expect(seesSpecialCategories(['supervisor'])).toBe(true);
    expect(seesSpecialCategories(['registrar'])).toBe(false);
    expect(purposesOf('doctor')).toEqual(['medical-care']);
  });
});

describe.each(storeKinds)('purposes of reads (%s)', (kind) => {
  let t: TestApp;
  let supervisor: ApiClient;
  let applicationId: string;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const sites = await seedSites(t);
    supervisor = await signedInStaff(t, 'supervisor', ['supervisor']);
    applicationId = (await supervisor.post('/api/applications', receptionApplication(sites.khankendi.id))).body.id;
  });
  afterAll(() => t?.close());

  const auditedPurposes = async () =>
    (await t.runtime.deps.store.db.selectFrom('audit_entries').select('purpose').where('record_id', '=', applicationId).where('action', '=', 'read').execute()).map(
      (r: { purpose: string }) => r.purpose,
    );

  it('records the route’s purpose, or the one the reader names among those of its role', async () => {
    expect((await supervisor.get(`/api/applications/${applicationId}`)).status).toBe(200);
    expect((await supervisor.get(`/api/applications/${applicationId}`, { 'homeward-purpose': 'supervision' })).status).toBe(200);
    expect(await auditedPurposes()).toEqual(['registration', 'supervision']);
  });

  it('refuses a purpose the role does not have, and one that does not exist', async () => {
    expect((await supervisor.get(`/api/applications/${applicationId}`, { 'homeward-purpose': 'medical-care' })).status).toBe(403);
    const unknown = await supervisor.get(`/api/applications/${applicationId}`, { 'homeward-purpose': 'curiosity' });
    expect(unknown.status).toBe(400);
    expect(unknown.body.errors[0]).toMatchObject({ in: 'header', rule: 'one-of' });
    expect(await auditedPurposes()).toEqual(['registration', 'supervision']);
  });
});
