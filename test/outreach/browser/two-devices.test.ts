import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceSkip, launchChromium } from '../../console/support/browser.js';
import { signedInStaff, type ApiClient } from '../../support/client.js';
import { receptionApplication, seedSites } from '../../support/fixtures.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { m, openApp, outreachUnavailableReason, signIn } from './support.js';

const unavailable = outreachUnavailableReason();
if (unavailable) announceSkip('outreach two devices', unavailable);

describe.skipIf(unavailable !== undefined)('two outreach devices correcting the same person offline', () => {
  let t: TestApp;
  let browser: Browser;
  let supervisor: ApiClient;
  const workers: ApiClient[] = [];
  let applicationId: string;
  let reference: string;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    const sites = await seedSites(t);
    for (const name of ['outreach.anna', 'outreach.boris']) workers.push(await signedInStaff(t, name, ['outreach-worker'], sites.khankendi.id));
    supervisor = await signedInStaff(t, 'supervisor', ['supervisor']);
    const registrar = await signedInStaff(t, 'registrar', ['registrar'], sites.khankendi.id);
    const { body } = await registrar.post('/api/applications', receptionApplication(sites.khankendi.id));
    ({ id: applicationId, reference } = body);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** A device with the person taken onto it, then cut off, with a correction saved. */
  async function correctOffline(context: BrowserContext, worker: ApiClient, fields: Record<string, string>): Promise<Page> {
    const page = await openApp(context, t.url);
    await signIn(page, worker);
    await page.getByRole('button', { name: m['nav.visit'] }).click();
    await page.getByLabel(m['visit.reference']).fill(reference);
    await page.getByRole('button', { name: m['visit.take'] }).click();
    await page.getByRole('button', { name: new RegExp(reference) }).waitFor();
    await context.setOffline(true);
    await page.getByRole('button', { name: new RegExp(reference) }).click();
    for (const [label, value] of Object.entries(fields)) await page.getByLabel(label, { exact: true }).fill(value);
    await page.getByRole('button', { name: m['visit.save'] }).click();
    await page.getByText(m['visit.saved']).waitFor();
    return page;
  }

  async function sendAll(context: BrowserContext, page: Page) {
    await context.setOffline(false);
    await page.getByRole('button', { name: m['nav.outbox'] }).click();
    await expect.poll(() => page.locator('li[data-state="sent"]').count(), { timeout: 30_000 }).toBe(1);
  }

  it('merges changes of different fields and puts the same field changed on both into the supervisor’s inbox', async () => {
    const [a, b] = [await browser.newContext({ locale: 'en' }), await browser.newContext({ locale: 'en' })];
    const pageA = await correctOffline(a, workers[0]!, { [m['field.givenName']]: 'Արամայիս', [m['field.email']]: 'anna@example.org' });
    const pageB = await correctOffline(b, workers[1]!, { [m['field.familyName']]: 'Հովսեփյան', [m['field.email']]: 'boris@example.org' });

    await sendAll(a, pageA);
    await sendAll(b, pageB);

    const { body: app } = await supervisor.get(`/api/applications/${applicationId}`);
    expect(app.applicant.givenName.value).toBe('Արամայիս');
    expect(app.applicant.familyName.value).toBe('Հովսեփյան');
    // The first to arrive stands until a supervisor chooses; nothing was overwritten.
    expect(app.applicant.email).toBe('anna@example.org');
    const { body: inbox } = await supervisor.get('/api/outreach/conflicts');
    expect(inbox.items).toEqual([
      expect.objectContaining({ personId: app.applicant.id, field: 'email', current: expect.objectContaining({ value: 'anna@example.org' }), proposed: expect.objectContaining({ value: 'boris@example.org' }) }),
    ]);
    await a.close();
    await b.close();
  }, 120_000);
});
