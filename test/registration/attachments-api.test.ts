import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxAttachmentBytes } from '../../src/registration/core/attachments.js';
import { signedInStaff, type ApiClient } from '../support/client.js';
import { recordCounts } from '../support/counts.js';
import { receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';
import { jpegOf, pdfBytes } from '../support/scans.js';


/** Every file in a folder tree. */
function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

describe.each(storeKinds)('document scans (%s)', (kind) => {
  let t: TestApp;
  let registrar: ApiClient;
  let otherOffice: ApiClient;
  let application: { id: string; version: number };

  beforeAll(async () => {
    t = await startTestApp(kind);
    const sites = await seedSites(t);
    registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], sites.khankendi.id);
    otherOffice = await signedInStaff(t, 'registrar.shu', ['registrar'], sites.shusha.id);
    application = (await registrar.post('/api/applications', receptionApplication(sites.khankendi.id))).body;
  });
  afterAll(() => t?.close());

  const upload = (client: ApiClient, bytes: Buffer, type: string, headers: Record<string, string> = {}) =>
    client.request('POST', `/api/applications/${application.id}/attachments?kind=identity-document`, { raw: bytes, headers: { 'content-type': type, ...headers } });

  it('stores a scan outside the database, encrypted, and gives it back as uploaded', async () => {
    const res = await upload(registrar, pdfBytes, 'application/pdf');
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect(res.body).toMatchObject({ kind: 'identity-document', mediaType: 'application/pdf', size: pdfBytes.length });
    const stored = filesUnder(t.config.filesDir).map((f) => fs.readFileSync(f));
    expect(stored.length).toBeGreaterThan(0);
    expect(stored.some((bytes) => bytes.includes(pdfBytes.subarray(0, 16)))).toBe(false);

    const content = await fetch(`${t.url}/api/applications/${application.id}/attachments/${res.body.id}`, { headers: { cookie: registrar.cookie! } });
    expect(content.status).toBe(200);
    expect(content.headers.get('content-type')).toBe('application/pdf');
    expect(Buffer.from(await content.arrayBuffer()).equals(pdfBytes)).toBe(true);
    expect((await registrar.get(`/api/applications/${application.id}`)).body.attachments).toContainEqual(expect.objectContaining({ id: res.body.id }));
  });

  it('keeps scans from other offices', async () => {
    expectProblem(await upload(otherOffice, pdfBytes, 'application/pdf'), 404, 'not-found');
  });

  it('takes a scan of exactly 10 MB and refuses one byte more', async () => {
    expect((await upload(registrar, jpegOf(maxAttachmentBytes), 'image/jpeg')).status).toBe(201);
    const before = await recordCounts(t);
    const tooBig = await upload(registrar, jpegOf(maxAttachmentBytes + 1), 'image/jpeg');
    expectProblem(tooBig, 400, 'validation');
    expect(tooBig.body.errors).toEqual([expect.objectContaining({ pointer: '', rule: 'attachment.size' })]);
    expect(await recordCounts(t)).toEqual(before);
  });

  it('records a scan uploaded again with the same Idempotency-Key once', async () => {
    const before = await recordCounts(t);
    const headers = { 'idempotency-key': `scan-${application.id}` };
    const first = await upload(registrar, jpegOf(2048), 'image/jpeg', headers);
    const again = await upload(registrar, jpegOf(2048), 'image/jpeg', headers);
    expect(again.body).toEqual(first.body);
    expect((await recordCounts(t)).attachments - before.attachments).toBe(1);
  });

  it('refuses scans for a closed application (409)', async () => {
    const view = await registrar.get(`/api/applications/${application.id}`);
    const withdrawn = await registrar.post(`/api/applications/${application.id}/withdraw`, { reasonCode: 'applicant-request' }, { 'if-match': `"${view.body.version}"` });
    expect(withdrawn.status).toBe(200);
    expectProblem(await upload(registrar, pdfBytes, 'application/pdf'), 409, 'illegal-transition');
  });
});
