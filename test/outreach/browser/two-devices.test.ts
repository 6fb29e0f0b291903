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
  let registrar: ApiClient;
  let officeId: string;
  let applicationId: string;
  let reference: string;

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    const sites = await seedSites(t);
    for (const name of ['outreach.anna', 'outreach.boris', 'outreach.chris']) workers.push(await signedInStaff(t, name, ['outreach-worker'], sites.khankendi.id));
    supervisor = await signedInStaff(t, 'supervisor', ['supervisor']);
    registrar = await signedInStaff(t, 'registrar', ['registrar'], sites.khankendi.id);
    officeId = sites.khankendi.id;
    const { body } = await registrar.post('/api/applications', receptionApplication(officeId));
    ({ id: applicationId, reference } = body);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await t?.close();
  });

  /** A device with the person (and household) taken onto it, then cut off, with a correction of one of them saved. */
  async function correctOffline(context: BrowserContext, worker: ApiClient, fields: Record<string, string>, who = new RegExp(reference)): Promise<Page> {
    const page = await openApp(context, t.url);
    await signIn(page, worker);
    await page.getByRole('button', { name: m['nav.visit'] }).click();
    await page.getByLabel(m['visit.reference']).fill(reference);
    await page.getByRole('button', { name: m['visit.take'] }).click();
    await page.getByRole('button', { name: new RegExp(reference) }).waitFor();
    await context.setOffline(true);
    await page.getByRole('button', { name: who }).click();
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

  it('corrects a household member as it corrects the applicant', async () => {
    const member = { givenName: 'Լիլիթ', familyName: 'Հովհաննիսյան', birthDate: '1963-08-02', language: 'hy', relationship: 'spouse' };
    const { body } = await registrar.post('/api/applications', receptionApplication(officeId, { household: [member] }));
    ({ id: applicationId, reference } = body);
    const context = await browser.newContext({ locale: 'en' });
    const page = await correctOffline(context, workers[2]!, { [m['field.givenName']]: 'Լիլիա' }, new RegExp(`${member.givenName}.*${m['relationship.spouse']}`));
    await sendAll(context, page);

    const { body: app } = await supervisor.get(`/api/applications/${applicationId}`);
    const names = app.household.members.map((x: { person: { givenName: { value: string } } }) => x.person.givenName.value);
    expect(names).toContain('Լիլիա');
    expect(names).not.toContain(member.givenName);
    expect(app.applicant.givenName.value).not.toBe('Լիլիա');
    await context.close();
  }, 120_000);
});
