import path from 'node:path';
import { IntlMessageFormat } from 'intl-messageformat';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriousViolations } from '../../console/support/axe.js';
import { announceSkip, collectPageErrors, launchChromium } from '../../console/support/browser.js';
import { artifactDir, codeFromSink, portalMessages, portalUnavailableReason, startPortalServer } from '../../portal/browser/support.js';
import { signedInStaff, type ApiClient } from '../../support/client.js';
import { receptionApplication, seedSites } from '../../support/fixtures.js';
import rights from '../../../web/ui/i18n/portal-rights-messages/hy.js';

const unavailable = portalUnavailableReason();
if (unavailable) announceSkip('portal "My data" page', unavailable);

/** The "My data" page in Armenian: who looked at the file, the copies, a correction and its state, an erasure request and its answer. */
describe.skipIf(unavailable !== undefined)('the portal’s "My data" page', () => {
  const m = portalMessages.hy;
  let server: Awaited<ReturnType<typeof startPortalServer>>;
  let browser: Browser;
  let reference: string;
  let dpo: ApiClient;
  beforeAll(async () => {
    server = await startPortalServer();
    browser = await launchChromium();
    const sites = await seedSites(server.t);
    const registrar = await signedInStaff(server.t, 'registrar.khk', ['registrar'], sites.khankendi.id);
    const app = (await registrar.post('/api/applications', receptionApplication(sites.khankendi.id))).body;
    reference = (await registrar.get(`/api/applications/${app.id}`)).body.reference;
    dpo = await signedInStaff(server.t, 'dpo', ['data-protection-officer']);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows who accessed the file, offers the copies, takes a correction and an erasure request', async () => {
    const context = await browser.newContext({ locale: 'hy-AM', viewport: { width: 360, height: 740 } });
    await context.addInitScript(() => localStorage.setItem('homeward.language', 'hy'));
    const page = await context.newPage();
    const errors = collectPageErrors(page);

    await page.goto(`${server.t.url}/portal/my-data`);
    await page.getByText(rights['rights.needSession']).waitFor();
    await page.getByRole('link', { name: m['home.follow'] }).click();
    await page.getByLabel(m['follow.reference'], { exact: true }).fill(reference);
    await page.getByLabel(m['follow.birthDate'], { exact: true }).fill('1961-03-14');
    await page.getByRole('button', { name: m['follow.ask'] }).click();
    await page.getByLabel(m['follow.code'], { exact: true }).fill(await codeFromSink(server.t, reference));
    await page.getByRole('button', { name: m['follow.open'] }).click();
    await page.getByRole('link', { name: m['status.myData'] }).click();

    await page.getByRole('heading', { name: rights['rights.log'] }).waitFor();
    await expect.poll(() => page.locator('.timeline li').first().textContent()).toContain(rights['role.registrar']);
    expect(await page.locator('.timeline li').first().textContent()).toContain('Ստեփանակերտի ընդունարան');
    const pdf = await page.request.get(`${server.t.url}${await page.getByRole('link', { name: rights['rights.copy.pdf'] }).getAttribute('href')}`);
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const json = await page.request.get(`${server.t.url}${await page.getByRole('link', { name: rights['rights.copy.json'] }).getAttribute('href')}`);
    expect((await json.json()).records[0].person.familyName.value).toBe('Հովհաննիսյան');

    await page.getByLabel(rights['rights.correct.field'], { exact: true }).selectOption('birthDate');
    await page.getByLabel(rights['rights.correct.value'], { exact: true }).fill('1961-02-30');
    await page.getByRole('button', { name: rights['rights.correct.send'] }).click();
    await page.locator('.field.invalid').waitFor();
    await page.getByLabel(rights['rights.correct.value'], { exact: true }).fill('1961-03-15');
    await page.getByRole('button', { name: rights['rights.correct.send'] }).click();
    await page.getByText(rights['rights.correct.sent']).waitFor();
    await page.getByRole('heading', { name: rights['rights.requests'] }).waitFor();
    expect(await page.getByRole('listitem').filter({ hasText: '1961-03-15' }).count()).toBe(1);

    // Erasure: asked after a confirmation, waiting for the officer, then refused with a reason.
    await page.getByRole('button', { name: rights['rights.erase.ask'] }).click();
    await page.getByText(rights['rights.erase.confirmText']).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.getByRole('button', { name: rights['rights.erase.confirm'] }).click();
    await page.getByText(rights['rights.erase.sent']).waitFor();
    const waiting = new IntlMessageFormat(rights['rights.erase.line'], 'hy').format({ state: 'open' }) as string;
    await page.locator('.erasure-requests li').filter({ hasText: waiting }).waitFor();
    expect(await page.getByRole('button', { name: rights['rights.erase.ask'] }).count()).toBe(0);
    const [request] = (await dpo.get('/api/erasure-requests')).body.items;
    expect((await dpo.post(`/api/erasure-requests/${request.id}/refuse`, { note: 'Դատական գործ 7/2026' })).status).toBe(200);
    await page.reload();
    const refused = new IntlMessageFormat(rights['rights.erase.line'], 'hy').format({ state: 'refused' }) as string;
    await page.locator('.erasure-requests li').filter({ hasText: refused }).filter({ hasText: 'Դատական գործ 7/2026' }).waitFor();
    expect(await seriousViolations(page)).toEqual([]);
    await page.screenshot({ path: path.join(artifactDir('hy'), '09-my-data.png'), fullPage: true });
    // The one refusal is the impossible date sent on purpose above.
    expect(errors.filter((e) => !/status of 400 .*\/api\/portal\/rights\/corrections$/.test(e))).toEqual([]);
    await context.close();
  }, 90_000);
});
