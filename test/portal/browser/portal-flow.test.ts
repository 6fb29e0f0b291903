import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intlTag, locales, type Locale } from '../../../src/platform/i18n/locale.js';
import { seriousViolations } from '../../console/support/axe.js';
import { announceSkip, collectPageErrors, launchChromium } from '../../console/support/browser.js';
import { artifactDir, codeFromSink, portalMessages, portalUnavailableReason, startPortalServer } from './support.js';

const unavailable = portalUnavailableReason();
if (unavailable) announceSkip('portal end-to-end flow', unavailable);

/** A resident of each language, writing their name in the script they use. */
const residents: Record<Locale, { given: string; family: string; place: string }> = {
  hy: { given: 'Անահիտ', family: 'Սարգսյան', place: 'Ստեփանակերտ' },
  ru: { given: 'Анна', family: 'Петросян', place: 'Степанакерт' },
  az: { given: 'Aygün', family: 'Məmmədova', place: 'Xankəndi' },
  en: { given: 'Anahit', family: 'Sargsyan', place: 'Khankendi' },
};

describe.skipIf(unavailable !== undefined).each(locales)('the portal end to end, in %s', (lang) => {
  const m = portalMessages[lang];
  let server: Awaited<ReturnType<typeof startPortalServer>>;
  let browser: Browser;
  beforeAll(async () => {
    server = await startPortalServer();
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const shot = (page: Page, name: string) => page.screenshot({ path: path.join(artifactDir(lang), `${name}.png`), fullPage: true });
  async function expectAccessible(page: Page, where: string) {
    expect(await seriousViolations(page), where).toEqual([]);
  }

  it('applies, gets a signed receipt, follows the application with a code and checks the receipt', async () => {
    const context = await browser.newContext({ locale: intlTag[lang], viewport: { width: 360, height: 740 }, deviceScaleFactor: 1 });
    await context.addInitScript((l) => localStorage.setItem('homeward.language', l), lang);
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    const r = residents[lang];

    await page.goto(`${server.t.url}/portal`);
    await page.getByRole('heading', { name: m['app.tagline'] }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toMatch(new RegExp(`^${lang}`));
    await shot(page, '01-home');
    await expectAccessible(page, 'home');
    const photo = await page.screenshot();

    await page.getByRole('link', { name: m['home.apply'] }).click();
    await page.getByLabel(m['apply.notice.read'], { exact: true }).check();
    await expectAccessible(page, 'notice');
    await shot(page, '02-notice');
    await page.getByRole('button', { name: m['common.next'] }).click();

    await page.getByLabel(m['field.givenName'], { exact: true }).fill(r.given);
    await page.getByLabel(m['field.familyName'], { exact: true }).fill(r.family);
    await page.getByLabel(m['field.birthDate'], { exact: true }).fill('1984-07-02');
    // Save-and-continue: a reload in the middle loses nothing.
    await page.reload();
    await expect.poll(() => page.getByLabel(m['field.givenName'], { exact: true }).inputValue()).toBe(r.given);
    await page.getByRole('button', { name: m['common.next'] }).click();

    await page.getByLabel(m['field.birthPlace'], { exact: true }).fill(r.place);
    await page.getByRole('button', { name: r.place === 'Khankendi' ? /Khankendi/ : new RegExp(r.place) }).first().click();
    await expectAccessible(page, 'places');
    await shot(page, '03-places');
    await page.getByRole('button', { name: m['common.next'] }).click();

    await page.getByLabel(m['field.phone'], { exact: true }).fill('+374 97 555123');
    await page.getByRole('button', { name: m['common.next'] }).click();

    await page.getByLabel(m['apply.photos'], { exact: true }).setInputFiles({ name: 'passport.png', mimeType: 'image/png', buffer: photo });
    await page.locator('.photos img').first().waitFor();
    await page.getByRole('button', { name: m['common.next'] }).click();
    await shot(page, '04-review');
    await page.getByRole('button', { name: m['apply.send'] }).click();

    const reference = (await page.getByTestId('reference').textContent({ timeout: 15_000 }).catch(async (e) => { await shot(page, 'zz-failed'); throw e; }))!.trim();
    expect(reference).toMatch(/^[2-9A-Y]{3}-[2-9A-Y]{3}-[2-9A-Y]{3}$/);
    await page.locator('img.qr').evaluate((img: HTMLImageElement) => img.decode());
    await expectAccessible(page, 'receipt');
    await shot(page, '05-receipt');
    const payload = (await page.locator('.payload').textContent())!;
    const pdf = await page.request.get(await page.getByRole('link', { name: m['receipt.pdf'] }).getAttribute('href').then((h) => `${server.t.url}${h}`));
    expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Having just applied, the resident sees the application at once; after leaving, only a code opens it.
    await page.getByRole('link', { name: m['receipt.follow'] }).click();
    await page.getByTestId('state').waitFor();
    await page.getByRole('button', { name: m['status.leave'] }).click();
    await page.getByLabel(m['follow.reference'], { exact: true }).fill(reference.toLowerCase().replace(/-/g, ' '));
    await page.getByLabel(m['follow.birthDate'], { exact: true }).fill('1984-07-02');
    await page.getByRole('button', { name: m['follow.ask'] }).click();
    await page.getByLabel(m['follow.code'], { exact: true }).fill(await codeFromSink(server.t, reference));
    await page.getByRole('button', { name: m['follow.open'] }).click();
    await expect.poll(() => page.getByTestId('state').textContent()).toContain(m['state.received'].split(/[,;]/)[0]!);
    await expectAccessible(page, 'status');
    await shot(page, '06-status');
    expect(await page.getByText(m['step.submit']).count()).toBe(1);

    await page.goto(`${server.t.url}/portal/verify`);
    await page.getByLabel(m['verify.payload'], { exact: true }).fill(payload);
    await page.getByRole('button', { name: m['verify.check'] }).click();
    await page.getByText(m['verify.genuine']).waitFor();
    await expectAccessible(page, 'verify');
    await shot(page, '07-verify-genuine');
    await page.getByLabel(m['verify.payload'], { exact: true }).fill(payload.replace('|1984|', '|1985|'));
    await page.getByRole('button', { name: m['verify.check'] }).click();
    await page.getByText(m['verify.forged']).waitFor();
    await shot(page, '08-verify-forged');

    expect(errors).toEqual([]);
    await context.close();
  }, 90_000);
});
