import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceSkip, launchChromium } from '../../console/support/browser.js';
import { signedInStaff, type ApiClient } from '../../support/client.js';
import { applicant, receptionApplication, seedSites } from '../../support/fixtures.js';
import { startTestApp, type TestApp } from '../../support/harness.js';
import { m, openApp, outreachUnavailableReason, signIn } from './support.js';

const unavailable = outreachUnavailableReason();
if (unavailable) announceSkip('outreach duplicate hints', unavailable);

describe.skipIf(unavailable !== undefined)('duplicate hints on an offline device', () => {
  let t: TestApp;
  let browser: Browser;
  let worker: ApiClient;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    const sites = await seedSites(t);
    const registrar = await signedInStaff(t, 'registrar', ['registrar'], sites.khankendi.id);
    const known = applicant({ givenName: 'Սիրանուշ', familyName: 'Մկրտչյան', birthDate: '1948-11-02', patronymic: null });
    expect((await registrar.post('/api/applications', receptionApplication(sites.khankendi.id, { applicant: known }))).status).toBe(201);
    worker = await signedInStaff(t, 'outreach.hints', ['outreach-worker'], sites.khankendi.id);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  it('warns of someone already registered at the office, typed in another script, with no connection', async () => {
    const context = await browser.newContext({ locale: 'en' });
    const page = await openApp(context, t.url);
    await signIn(page, worker);
    await context.setOffline(true);
    await page.getByLabel(m['field.givenName']).first().fill('Siranush');
    await page.getByLabel(m['field.familyName']).first().fill('Mkrtchyan');
    await page.getByLabel(m['field.birthDate']).first().fill('1948-11-02');
    await page.getByLabel(m['field.phone']).focus();
    await page.getByText(m['register.duplicate']).waitFor();

    await page.getByLabel(m['field.givenName']).first().fill('Lusine');
    await page.getByLabel(m['field.familyName']).first().fill('Grigoryan');
    await page.getByLabel(m['field.phone']).focus();
    await expect.poll(() => page.getByText(m['register.duplicate']).count()).toBe(0);
    await context.close();
  }, 60_000);
});
