import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceSkip, launchChromium } from '../../console/support/browser.js';
import { signedInStaff, type ApiClient } from '../../support/client.js';
import { seedSites } from '../../support/fixtures.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { m, openApp, outreachUnavailableReason, registerPerson, signIn } from './support.js';

const unavailable = outreachUnavailableReason();
if (unavailable) announceSkip('outreach wipe', unavailable);

/** What the device's database holds: outbox items and whether a key is there. */
const deviceHolds = (page: Page) =>
  page.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'homeward-outreach')) return { outbox: 0, key: false };
    const db = await new Promise<IDBDatabase>((resolve) => {
      const req = indexedDB.open('homeward-outreach');
      req.onsuccess = () => resolve(req.result);
    });
    const count = (store: string, key?: string) =>
      new Promise<number>((resolve) => {
        const req = db.transaction(store).objectStore(store).count(key);
        req.onsuccess = () => resolve(req.result);
      });
    const held = { outbox: await count('outbox'), key: (await count('meta', 'key')) > 0 };
    db.close();
    return held;
  });

describe.skipIf(unavailable !== undefined)('the outreach device erases itself', () => {
  let t: TestApp;
  let browser: Browser;
  let supervisor: ApiClient;
  let officeId: string;
  let workers = 0;
  // One worker per device: an authenticator code is accepted once, and a 30-second step has three.
  const newWorker = () => signedInStaff(t, `outreach.wipe${++workers}`, ['outreach-worker'], officeId);

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    const sites = await seedSites(t);
    officeId = sites.khankendi.id;
    supervisor = await signedInStaff(t, 'supervisor', ['supervisor']);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  async function deviceWithOnePending(): Promise<{ context: BrowserContext; page: Page }> {
    const context = await browser.newContext({ locale: 'en' });
    const page = await openApp(context, t.url);
    await signIn(page, await newWorker());
    await context.setOffline(true);
    await registerPerson(page, 'Gayane', 'Wipeyan', '1944-05-05');
    expect(await deviceHolds(page)).toEqual({ outbox: 1, key: true });
    return { context, page };
  }

  it('when a supervisor wiped it, at its next contact', async () => {
    const { context, page } = await deviceWithOnePending();
    const [device] = (await supervisor.get('/api/outreach/devices')).body.filter((d: { wipedAt: string | null }) => d.wipedAt === null);
    expect((await supervisor.post(`/api/outreach/devices/${device.id}/wipe`)).status).toBe(200);
    // Back in coverage, the device's first contact tells it.
    await context.setOffline(false);
    await page.getByText(m['wiped.remote-wipe']).waitFor();
    expect(await deviceHolds(page)).toEqual({ outbox: 0, key: false });
    await context.close();
  }, 60_000);

  it('after 72 hours without the server, even with no connection', async () => {
    const { context, page } = await deviceWithOnePending();
    await page.evaluate(async () => {
      const db = await new Promise<IDBDatabase>((resolve) => {
        const req = indexedDB.open('homeward-outreach');
        req.onsuccess = () => resolve(req.result);
      });
      const meta = db.transaction('meta', 'readwrite').objectStore('meta');
      const req = meta.get('device');
      await new Promise((resolve) => (req.onsuccess = resolve));
      meta.put({ ...req.result, lastContact: Date.now() - 73 * 3_600_000 }, 'device');
      db.close();
    });
    await page.reload();
    await page.getByText(m['wiped.offline-too-long'].replace('{hours}', '72')).waitFor();
    expect(await deviceHolds(page)).toEqual({ outbox: 0, key: false });
    await context.close();
  }, 60_000);

  it('when the worker signs out', async () => {
    const context = await browser.newContext({ locale: 'en' });
    const page = await openApp(context, t.url);
    await signIn(page, await newWorker());
    await page.getByRole('button', { name: m['nav.signout'] }).click();
    await page.getByText(m['wiped.signed-out']).waitFor();
    expect(await deviceHolds(page)).toEqual({ outbox: 0, key: false });
    await context.close();
  }, 60_000);
});
