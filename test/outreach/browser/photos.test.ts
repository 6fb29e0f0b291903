import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../../console/support/axe.js';
import { announceSkip, collectPageErrors } from '../../console/support/browser.js';
import { messages } from '../../console/support/console-app.js';
import { signIn as consoleSignIn } from '../../console/support/pages.js';
import { signedInStaff, testPassword, type ApiClient } from '../../support/client.js';
import { receptionApplication, seedSites } from '../../support/fixtures.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { storeKinds } from '../../support/stores.js';
import { cameraPicture, jpegSize } from './pictures.js';
import { backOnline, contentsOf, filesUnder, holds, m, newProfile, outreachUnavailableReason, registerPerson, reopenedOffline, signedInThenOffline, startChromium, type OwnChromium } from './support.js';

const unavailable = outreachUnavailableReason();
if (unavailable) announceSkip('outreach document photos', unavailable);

/** Pieces of the bytes spread over their length: finding none of them on disk means the picture is not there in the clear. */
const slices = (bytes: Buffer, count = 24, size = 32) =>
  Array.from({ length: count }, (_, i) => bytes.subarray(Math.floor(((bytes.length - size) * (i + 1)) / (count + 1))).subarray(0, size));

describe.skipIf(unavailable !== undefined).each(storeKinds)('document photos in the outreach app (%s)', (kind) => {
  const canary = `Fotoyan${kind}${Date.now().toString(36)}`;
  let t: TestApp;
  let worker: ApiClient;
  let supervisor: ApiClient;
  let registrar: ApiClient;
  let officeId: string;
  let chrome: OwnChromium | undefined;
  const profile = newProfile();

  beforeAll(async () => {
    t = await startTestApp(kind);
    const sites = await seedSites(t);
    worker = await signedInStaff(t, 'outreach.camera', ['outreach-worker'], sites.khankendi.id);
    supervisor = await signedInStaff(t, 'supervisor.camera', ['supervisor']);
    registrar = await signedInStaff(t, 'registrar.camera', ['registrar'], sites.khankendi.id);
    officeId = sites.khankendi.id;
  });
  afterAll(async () => {
    await chrome?.close();
    await t?.close();
    fs.rmSync(profile, { recursive: true, force: true });
  });

  it('photographs a document offline, keeps it sealed through a crash, and attaches it once when back online', async () => {
    chrome = await startChromium(profile);
    let page = await signedInThenOffline(chrome, t.url, worker);
    const errors = collectPageErrors(page);
    // A camera-sized picture; a second one is taken by mistake and removed before saving.
    const camera = { name: 'passport.png', mimeType: 'image/png', buffer: cameraPicture(2000, 1000) };
    const take = page.getByLabel(m['photos.take']);
    await take.setInputFiles(camera);
    await page.getByRole('img', { name: 'Photo 1' }).waitFor();
    await page.getByLabel(m['photos.kind'], { exact: true }).selectOption('birth-certificate');
    await take.setInputFiles(camera);
    await page.getByRole('img', { name: 'Photo 2' }).waitFor();
    expect(await seriousViolations(page), 'register form with photos').toEqual([]);
    await page.getByRole('button', { name: 'Remove photo 2' }).click();
    await expect.poll(() => page.locator('[data-photo]').count()).toBe(1);
    expect(await page.locator('[data-photo]').getAttribute('data-photo')).toBe('identity-document');
    const reference = await registerPerson(page, 'Nune', canary, '1961-05-02');

    await page.getByRole('button', { name: m['nav.outbox'] }).click();
    await page.locator('li[data-photo-state="saved"]').waitFor();

    // A flat battery: what is on disk now is all the device has.
    await chrome.kill();
    const onDisk = contentsOf(filesUnder(profile));
    const idb = onDisk.filter((f) => f.file.startsWith(path.join(profile, 'Default', 'IndexedDB')));
    expect(idb.length).toBeGreaterThan(0);
    for (const { file, bytes } of idb) expect(holds(bytes, canary), file).toBe(false);

    ({ chrome, page } = await reopenedOffline(profile, t.url));
    errors.push(...collectPageErrors(page));
    await page.locator('li[data-photo-state="saved"]').waitFor();

    await backOnline(chrome, page, worker);
    await page.locator('li[data-photo-state="sent"]').waitFor({ timeout: 30_000 });
    expect(await page.locator('li[data-state="sent"]').count()).toBe(1);

    const apps = await t.runtime.deps.store.db.selectFrom('applications').select(['id', 'reference']).where('channel', '=', 'outreach').execute();
    expect(apps.map((a) => a.reference)).toEqual([reference]);
    const view = await supervisor.get(`/api/applications/${apps[0]!.id}`);
    expect(view.body.attachments).toEqual([expect.objectContaining({ kind: 'identity-document', mediaType: 'image/jpeg' })]);
    const attachment = view.body.attachments[0];
    const res = await fetch(`${t.url}/api/applications/${apps[0]!.id}/attachments/${attachment.id}`, { headers: { cookie: supervisor.cookie! } });
    const jpeg = Buffer.from(await res.arrayBuffer());
    // Made smaller on the device: a JPEG whose longer side is 1600 px, a few hundred KB at most.
    expect(jpegSize(jpeg)).toEqual({ width: 1600, height: 800 });
    expect(jpeg.length).toBeLessThan(1024 * 1024);
    // Nowhere in the browser's profile, as it was when the browser died, are the picture's bytes in the clear.
    for (const { file, bytes } of onDisk) for (const piece of slices(jpeg)) expect(bytes.includes(piece), file).toBe(false);

    // The staff console shows it on the application, and opens it.
    const staffContext = await chrome.browser.newContext();
    const consolePage = await staffContext.newPage();
    await consolePage.addInitScript(() => localStorage.setItem('homeward.language', 'en'));
    await consoleSignIn(consolePage, t.url, messages.en, { username: 'supervisor.camera', api: supervisor }, testPassword);
    await consolePage.goto(`${t.url}/applications/${apps[0]!.id}`);
    await consolePage.getByRole('button', { name: 'View: Identity document' }).click();
    await expect.poll(() => consolePage.locator('img.attachment-viewer').evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1600);
    await staffContext.close();

    expect(errors.filter((e) => !/Failed to fetch|ERR_INTERNET_DISCONNECTED|status of 401/.test(e))).toEqual([]);
  }, 240_000);

  it('shows a photo cut off on the way as waiting, and one the server refuses as failed with its reason', async () => {
    const page = chrome!.context.pages()[0]!;
    await chrome!.context.setOffline(true);
    await page.getByRole('button', { name: m['nav.register'] }).click();
    await page.getByLabel(m['photos.take']).setInputFiles({ name: 'id.png', mimeType: 'image/png', buffer: cameraPicture(800, 600) });
    await page.getByRole('img', { name: 'Photo 1' }).waitFor();
    const reference = await registerPerson(page, 'Gayane', canary, '1979-11-23');
    await page.getByRole('button', { name: m['nav.outbox'] }).click();

    // The link drops whenever a photo is on its way: the registration gets through, the photo waits and says why.
    await chrome!.context.route('**/attachments**', (route) => route.abort('internetdisconnected'));
    await chrome!.context.setOffline(false);
    const row = page.locator('li', { has: page.locator('[data-reference]', { hasText: reference }) });
    await row.locator('li[data-photo-state="saved"]', { hasText: m['reason.offline'] }).waitFor({ timeout: 30_000 });
    expect(await row.getAttribute('data-state')).toBe('sent');

    // Meanwhile the application is withdrawn at the office: a closed application takes no more documents.
    const application = await t.runtime.deps.store.db.selectFrom('applications').select('id').where('reference', '=', reference).executeTakeFirstOrThrow();
    const view = await registrar.get(`/api/applications/${application.id}`);
    const withdrawn = await registrar.post(`/api/applications/${application.id}/withdraw`, { reasonCode: 'applicant-request' }, { 'if-match': `"${view.body.version}"` });
    expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200);

    await chrome!.context.unrouteAll();
    await page.getByRole('button', { name: m['outbox.send'] }).click();
    const failed = row.locator('li[data-photo-state="failed"]');
    await failed.waitFor({ timeout: 30_000 });
    const reason = (await failed.locator('.reason').innerText()).replace(/^\W+/, '');
    // The server's own words, in the worker's language: not a code, not "Sending".
    expect(reason).toMatch(/^This step is not possible while the application is withdrawn/);
    expect((await supervisor.get(`/api/applications/${application.id}`)).body.attachments).toEqual([]);

    // Sending it again cannot help: the worker removes it, and the device no longer holds it.
    const photoCount = () =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const open = indexedDB.open('homeward-outreach');
            open.onsuccess = () => {
              const count = open.result.transaction('photos').objectStore('photos').count();
              count.onsuccess = () => resolve(count.result);
              open.result.close();
            };
          }),
      );
    const before = await photoCount();
    await failed.getByRole('button', { name: m['photos.discard'].replace('{count}', '1') }).click();
    await failed.waitFor({ state: 'detached' });
    expect(await photoCount()).toBe(before - 1);
  }, 120_000);

  it('photographs a document on a visit, with nothing to correct, and attaches it to the person’s application', async () => {
    const { body: application } = await registrar.post('/api/applications', receptionApplication(officeId));
    const page = chrome!.context.pages()[0]!;
    await page.getByRole('button', { name: m['nav.visit'] }).click();
    await page.getByLabel(m['visit.reference']).fill(application.reference);
    await page.getByRole('button', { name: m['visit.take'] }).click();
    const person = page.getByRole('button', { name: new RegExp(application.reference) });
    await person.waitFor();
    await chrome!.context.setOffline(true);
    await person.click();
    await page.getByLabel(m['photos.take']).setInputFiles({ name: 'certificate.png', mimeType: 'image/png', buffer: cameraPicture(1200, 1600) });
    await page.getByRole('img', { name: 'Photo 1' }).waitFor();
    await page.getByRole('button', { name: m['visit.save'] }).click();
    await page.getByText(m['visit.saved']).waitFor();

    await chrome!.context.setOffline(false);
    await page.getByRole('button', { name: m['nav.outbox'] }).click();
    await page.getByRole('heading', { name: m['photos.title'] }).waitFor();
    await expect.poll(async () => (await supervisor.get(`/api/applications/${application.id}`)).body.attachments.length, { timeout: 30_000 }).toBe(1);
    await page.locator('li[data-photo-state="sent"]').last().waitFor();
  }, 120_000);
});
