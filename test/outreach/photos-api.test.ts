import { randomUUID } from 'node:crypto';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { maxAttachmentBytes } from '../../src/registration/core/attachments.js';
import { signedInStaff, type ApiClient } from '../support/client.js';
import { recordCounts } from '../support/counts.js';
import { seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem } from '../support/problems.js';
import { pngBytes, jpegOf } from '../support/scans.js';
import { storeKinds } from '../support/stores.js';
import { enrolDevice, registerChange, syncBatch, type TestDevice } from './support.js';

/**
 * The outreach app sends a registration's document photos after the registration is accepted,
 * through the applications' own attachment route, with each photo's device-made id as its
 * Idempotency-Key: a photo sent again after a lost answer, a crash or a new sign-in is attached once.
 */
describe.each(storeKinds)('outreach document photos (%s)', (kind) => {
  let t: TestApp;
  let worker: ApiClient;
  let supervisor: ApiClient;
  let otherOffice: ApiClient;
  let device: TestDevice;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const sites = await seedSites(t);
    worker = await signedInStaff(t, 'outreach.photos', ['outreach-worker'], sites.khankendi.id);
    supervisor = await signedInStaff(t, 'supervisor', ['supervisor']);
    otherOffice = await signedInStaff(t, 'outreach.shusha', ['outreach-worker'], sites.shusha.id);
    device = await enrolDevice(worker, sites.outreach.id);
  });
  afterAll(() => t?.close());

  async function registered(): Promise<string> {
    const res = await syncBatch(device, [registerChange(device)]);
    expect(res.body.results[0].outcome, JSON.stringify(res.body)).toBe('accepted');
    return res.body.results[0].application.id;
  }

  const storedFiles = (app: TestApp) => {
    const dir = app.runtime.deps.config.filesDir;
    return fs.existsSync(dir) ? fs.readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).length : 0;
  };

  const send = (client: ApiClient, applicationId: string, photoId: string, bytes: Buffer, type = 'image/jpeg') =>
    client.request('POST', `/api/applications/${applicationId}/attachments?kind=identity-document`, {
      raw: bytes,
      headers: { 'content-type': type, 'idempotency-key': photoId },
    });

  it('attaches a photo sent again, twice at once and after a new sign-in exactly once', async () => {
    const applicationId = await registered();
    const photoId = randomUUID();
    const photo = jpegOf(300 * 1024);
    const before = await recordCounts(t);
    const filesBefore = storedFiles(t);

    const first = await send(worker, applicationId, photoId, photo);
    expect(first.status, JSON.stringify(first.body)).toBe(201);
    const together = await Promise.all([send(worker, applicationId, photoId, photo), send(worker, applicationId, photoId, photo)]);
    await worker.renew();
    const afterSignIn = await send(worker, applicationId, photoId, photo);
    for (const again of [...together, afterSignIn]) expect(again.body).toEqual(first.body);
    expect((await recordCounts(t)).attachments - before.attachments).toBe(1);
    // Repeats are answered before their bytes are stored again.
    expect(storedFiles(t) - filesBefore).toBe(1);

    const view = await supervisor.get(`/api/applications/${applicationId}`);
    expect(view.body.attachments).toEqual([expect.objectContaining({ id: first.body.id, kind: 'identity-document', mediaType: 'image/jpeg', size: photo.length })]);
    const content = await fetch(`${t.url}/api/applications/${applicationId}/attachments/${first.body.id}`, { headers: { cookie: supervisor.cookie! } });
    expect(Buffer.from(await content.arrayBuffer()).equals(photo)).toBe(true);
  });

  it('refuses another picture under a photo id already used, and keeps the first', async () => {
    const applicationId = await registered();
    const photoId = randomUUID();
    expect((await send(worker, applicationId, photoId, jpegOf(2048))).status).toBe(201);
    expectProblem(await send(worker, applicationId, photoId, jpegOf(4096)), 422, 'idempotency-mismatch');
    expect((await supervisor.get(`/api/applications/${applicationId}`)).body.attachments).toHaveLength(1);
  });

  it('names the rule a photo breaks: not what its type says, or too large', async () => {
    const applicationId = await registered();
    const before = await recordCounts(t);
    const disguised = await send(worker, applicationId, randomUUID(), pngBytes);
    expectProblem(disguised, 400, 'validation');
    expect(disguised.body.errors).toEqual([expect.objectContaining({ pointer: '', rule: 'attachment.media-type', message: expect.any(String) })]);
    const tooLarge = await send(worker, applicationId, randomUUID(), jpegOf(maxAttachmentBytes + 1));
    expectProblem(tooLarge, 400, 'validation');
    expect(tooLarge.body.errors).toEqual([expect.objectContaining({ rule: 'attachment.size' })]);
    expectProblem(await send(worker, applicationId, randomUUID(), jpegOf(2048), 'text/plain'), 415, 'unsupported-media-type');
    expect(await recordCounts(t)).toEqual(before);
  });

  it('keeps the applications of one office from the workers of another', async () => {
    expectProblem(await send(otherOffice, await registered(), randomUUID(), jpegOf(2048)), 404, 'not-found');
  });
});
