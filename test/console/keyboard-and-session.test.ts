import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInStaff } from '../support/client.js';
import { announceSkip, browserUnavailableReason, collectPageErrors, launchChromium } from './support/browser.js';
import { messages, startConsoleServer, type ConsoleServer } from './support/console-app.js';
import { checkPage, enterCode, signIn, tabTo } from './support/pages.js';

const unavailable = browserUnavailableReason();
if (unavailable) announceSkip('console keyboard, session and accessibility tests', unavailable);

const m = messages.en;
const folder = 'test-artifacts/console/en';

describe.skipIf(unavailable !== undefined)('the console from the keyboard, across an expired session, and under axe', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startConsoleServer('en');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function freshPage() {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    errors = collectPageErrors(page);
    return page;
  }

  it('signs in, skips to the content and registers a walk-in with a household member using only the keyboard', async () => {
    await freshPage();
    await page.goto(`${server.t.url}/`);
    await tabTo(page, 'input[name=username]');
    await page.keyboard.type(server.registrar.username);
    await page.keyboard.press('Tab');
    await page.keyboard.type(server.password);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('name'))).toBe('code');
    await page.keyboard.type(server.registrar.api.nextCode());
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: m['nav.worklists'] }).waitFor();

    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.className)).toBe('skip-link');
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');

    await tabTo(page, 'a[href="/intake"]');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 1, name: m['intake.title'] }).waitFor();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-applicant-familyName');

    const typeInto = async (selector: string, text: string) => {
      await tabTo(page, selector);
      await page.keyboard.type(text);
    };
    await page.keyboard.type('Петросян');
    await typeInto('#f-applicant-givenName', 'Анна');
    await typeInto('#f-applicant-birthDate-year', '1958');
    await typeInto('#f-applicant-residence', 'Xankendi');
    await page.locator('#f-applicant-residence-options [role=option]').first().waitFor();
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.locator('#f-applicant-residence').inputValue()).not.toBe('Xankendi');
    await typeInto('#f-applicant-phones-0', '050 123 45 67');
    await typeInto('#f-applicant-documents-0-number', 'AR1452415');

    await tabTo(page, { text: m['intake.addMember'] });
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('f-household-0-relationship');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await typeInto('#f-household-0-familyName', 'Petrosyan');
    await typeInto('#f-household-0-givenName', 'Armen');
    await typeInto('#f-household-0-birthDate-year', '1985');

    await tabTo(page, '#f-informationNotice');
    await page.keyboard.press('Space');
    await page.keyboard.press('Control+Enter');
    await page.getByTestId('reference').waitFor();
    expect(await page.locator('.receipt').textContent()).toContain('Петросян');
    expect(errors).toEqual([]);
  }, 90_000);

  it('keeps what was typed through a reload and an expired session, and saves after signing in again', async () => {
    await freshPage();
    await signIn(page, server.t.url, m, server.registrar, server.password);
    await page.goto(`${server.t.url}/intake`);
    await page.locator('#f-applicant-familyName').fill('Ղազարյան');
    await page.locator('#f-applicant-givenName').fill('Լուսինե');
    await page.locator('#f-applicant-birthDate-year').fill('1990');
    await page.reload();
    await expect.poll(() => page.locator('#f-applicant-familyName').inputValue()).toBe('Ղազարյան');
    await page.locator('#f-applicant-phones-0').fill('+374 97 654321');
    await page.locator('#f-applicant-documents-0-number').fill('AR7654321');
    await page.locator('#f-informationNotice').check();

    await page.context().clearCookies();
    await page.keyboard.press('Control+Enter');
    const dialog = page.getByRole('dialog', { name: m['session.expired.title'] });
    await dialog.waitFor();
    await checkPage(page, folder, '20-session-expired');
    await dialog.getByLabel(m['signIn.password']).fill(server.password);
    await dialog.getByRole('button', { name: m['signIn.submit'] }).click();
    await enterCode(dialog, m, server.registrar);
    await dialog.waitFor({ state: 'hidden' });
    expect(await page.locator('#f-applicant-givenName').inputValue()).toBe('Լուսինե');
    await page.getByRole('button', { name: m['intake.submit'] }).click();
    await page.getByTestId('reference').waitFor();
    expect(errors).toEqual([]);
  }, 90_000);

  it('shows refused fields next to the field, and every page passes axe for a supervisor', async () => {
    const supervisor = { username: 'supervisor', api: await signedInStaff(server.t, 'supervisor', ['supervisor']) };
    await freshPage();
    await page.goto(`${server.t.url}/`);
    await checkPage(page, folder, '10-sign-in');
    await signIn(page, server.t.url, m, supervisor, server.password);

    await page.goto(`${server.t.url}/intake`);
    await page.locator('#f-applicant-familyName').fill('Hovhannisyan');
    await page.locator('#f-applicant-givenName').fill('Aram');
    await page.locator('#f-applicant-phones-0').fill('12');
    await page.locator('#f-applicant-birthDate-year').fill('2999');
    await page.getByRole('button', { name: m['intake.submit'] }).click();
    await page.locator('.error-summary').waitFor();
    expect(await page.locator('.field', { has: page.locator('#f-applicant-phones-0') }).locator('.field__error').textContent()).toContain('phone');
    expect(await page.locator('.field--invalid').count()).toBeGreaterThan(2);
    await checkPage(page, folder, '11-intake-errors');

    for (const [path, name, ready] of [
      ['/', '12-worklists-supervisor', '[role=listbox]'],
      ['/people', '13-people', 'form[role=search]'],
      ['/duplicates', '14-duplicates', 'h1'],
      ['/notifications', '15-failed-messages', 'h1'],
      ['/figures', '16-figures', '.table'],
      ['/nowhere', '17-not-found', 'h1'],
    ] as const) {
      await page.goto(`${server.t.url}${path}`);
      await page.locator(ready).first().waitFor();
      await page.getByText(m['common.loading']).first().waitFor({ state: 'hidden' });
      await checkPage(page, folder, name);
    }
    await page.goto(`${server.t.url}/people`);
    await page.getByLabel(m['people.name']).fill('Anna Petrosyan');
    await page.getByLabel(m['people.birthDate']).fill('1958');
    await page.keyboard.press('Enter');
    // Typed in Latin letters, found though registered in Cyrillic earlier in this suite.
    await expect.poll(() => page.locator('.matches').textContent()).toContain('Петросян');
    expect(errors).toEqual([]);
  }, 90_000);
});
