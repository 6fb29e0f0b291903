import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInStaff, type ApiClient } from '../support/client.js';
import { postgresDump, filesUnder } from '../support/dumps.js';
import { receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { storeKinds } from '../support/stores.js';

/** Unique strings that must appear nowhere at rest, in the logs or in the audit trail. */
const familyName = 'Հովհաննիսյան';
const canary = (field: string, i: number) => `CANARY-${field}-${i}-${randomBytes(6).toString('hex')}`;

describe.each(storeKinds)('canaries in every special-category field, document scan and TOTP secret (%s)', (kind) => {
  let t: TestApp;
  let registrar: ApiClient;
  let doctor: ApiClient;
  const canaries: string[] = [];
  const people: { id: string; applicationId: string; record: Record<string, unknown>; scan: Buffer }[] = [];

  beforeAll(async () => {
    t = await startTestApp(kind);
    const sites = await seedSites(t);
    registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], sites.khankendi.id);
    doctor = await signedInStaff(t, 'doctor', ['doctor']);
    // Their authenticator apps' secrets are canaries too: with a password, one would make their codes.
    canaries.push(registrar.app!.secret, doctor.app!.secret);
    for (let i = 0; i < 3; i++) {
      const receipt = (await registrar.post('/api/applications', receptionApplication(sites.khankendi.id))).body;
      const c = (field: string) => {
        const value = canary(field, i);
        canaries.push(value);
        return value;
      };
      // Coordinates are canaries too: digits no other value has.
      const latitude = Number(`39.${String(1357911 + i * 2468).padStart(7, '0')}`);
      const longitude = Number(`46.${String(8642097 + i * 1357).padStart(7, '0')}`);
      canaries.push(String(latitude), String(longitude));
      const record = {
        health: { conditions: [c('condition'), `Հիվանդություն-${c('armenian')}`], chronicIllnesses: [c('chronic')], notes: c('health-notes') },
        disability: { kinds: ['visual'], notes: c('disability-notes') },
        needs: { livesAlone: true, needsSurgery: true, needsMedicalEvacuation: false, needsHomeVisits: true },
        location: { latitude, longitude, description: c('location') },
      };
      const put = await doctor.request('PUT', `/api/people/${receipt.applicantId}/special-categories`, { body: record, headers: { 'if-match': '"0"' } });
      expect(put.status, JSON.stringify(put.body)).toBe(200);
      const scan = Buffer.concat([Buffer.from('%PDF-1.4\n'), Buffer.from(c('scan')), randomBytes(2048)]);
      const upload = await registrar.request('POST', `/api/applications/${receipt.id}/attachments?kind=identity-document`, { raw: scan, headers: { 'content-type': 'application/pdf' } });
      expect(upload.status).toBe(201);
      people.push({ id: receipt.applicantId, applicationId: receipt.id, record, scan });
    }
    // Read everything back (the read path must not leak either), then seal the trail.
    for (const p of people) {
      const read = await doctor.get(`/api/people/${p.id}/special-categories`);
      expect(read.body).toMatchObject(p.record);
      const view = await registrar.get(`/api/applications/${p.applicationId}`);
      const file = await fetch(`${t.url}/api/applications/${p.applicationId}/attachments/${view.body.attachments[0].id}`, { headers: { cookie: registrar.cookie! } });
      expect(Buffer.from(await file.arrayBuffer()).equals(p.scan)).toBe(true);
    }
    await t.runtime.services.auditTrail.sealer.sealAll();
  });
  afterAll(() => t?.close());

  const leaks = (haystack: Buffer | string) => canaries.filter((c) => (typeof haystack === 'string' ? haystack.includes(c) : haystack.includes(Buffer.from(c, 'utf8'))));

  it('none is in any file of the data folder: database, write-ahead log, document files', async () => {
    const files = filesUnder(t.config.dataDir);
    if (kind === 'sqlite') expect(files.map((f) => f.file)).toEqual(expect.arrayContaining([expect.stringMatching(/homeward\.sqlite$/), expect.stringMatching(/homeward\.sqlite-wal$/)]));
    expect(files.filter((f) => f.file.startsWith(t.config.filesDir))).toHaveLength(3);
    for (const { file, bytes } of files) expect(leaks(bytes), file).toEqual([]);
    // The scan sees the data: names, which are not special categories, are there in plaintext.
    if (kind === 'sqlite') expect(files.some((f) => f.bytes.includes(Buffer.from(familyName)))).toBe(true);
  });

  if (kind === 'postgres') {
    it('none is in a dump of the PostgreSQL database', async () => {
      const { text } = await postgresDump(t.config.database.kind === 'postgres' ? t.config.database.url : '');
      expect(text).toContain('person_special_categories');
      expect(text).toContain(familyName);
      expect(leaks(text)).toEqual([]);
    });
  }

  it('none is in the logs or the audit trail, which is whole', async () => {
    expect(t.logs.length).toBeGreaterThan(0);
    expect(leaks(t.logs.join('\n'))).toEqual([]);
    const { db } = t.runtime.deps.store;
    for (const table of ['audit_entries', 'audit_blocks', 'audit_checkpoints'] as const) {
      expect(leaks(JSON.stringify(await db.selectFrom(table).selectAll().execute())), table).toEqual([]);
    }
    expect(await t.runtime.services.auditTrail.verify()).toMatchObject({ ok: true, pending: 0 });
  });
});
