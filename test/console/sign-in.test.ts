import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/actor.js';
import { ApiClient, testPassword } from '../support/client.js';
import { announceSkip, browserUnavailableReason, collectPageErrors, launchChromium } from './support/browser.js';
import { messages, startConsoleServer, type ConsoleServer } from './support/console-app.js';
import { checkPage, enterCode } from './support/pages.js';

const unavailable = browserUnavailableReason();
if (unavailable) announceSkip('console sign-in tests', unavailable);

const m = messages.en;
const folder = 'test-artifacts/console/en';

/**
 * The page's errors other than the refusals these tests provoke on purpose: wrong codes, and the
 * worklist a page reloaded half signed in asks for before the second factor.
 */
const unexpected = (errors: string[]) => errors.filter((e) => !/status of 400 .*\/api\/session\/|status of 403 .*\/api\/applications\?/.test(e));

describe.skipIf(unavailable !== undefined)('signing in to the console with a second factor', () => {
  let server: ConsoleServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startConsoleServer('en');
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function freshPage(): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ locale: 'en-GB', viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    return { page, errors: collectPageErrors(page) };
  }

  async function password(page: Page, username: string, secret: string) {
    await page.goto(`${server.t.url}/`);
    await page.getByLabel(m['signIn.username']).fill(username);
    await page.getByLabel(m['signIn.password']).fill(secret);
    await page.getByRole('button', { name: m['signIn.submit'] }).click();
  }

  it('takes a new registrar from the one-time secret through setting up an app, keeping recovery codes and choosing a password, then signs in with a recovery code', async () => {
    const { oneTimeSecret } = await server.t.runtime.services.access.createUser(systemActor, {
      username: 'new.registrar',
      displayName: 'New registrar',
      roles: ['registrar'],
      officeId: server.sites.khankendi.id,
      districtId: null,
      language: 'en',
    });
    const { page, errors } = await freshPage();
    await password(page, 'new.registrar', oneTimeSecret);

    await page.getByRole('heading', { name: m['signIn.enrol.title'] }).waitFor();
    await page.getByRole('img', { name: m['signIn.enrol.qrAlt'] }).waitFor();
    await checkPage(page, folder, '30-enrol-factor');
    // The person's authenticator app, set up from the key the page shows.
    const staff = { username: 'new.registrar', api: new ApiClient(server.t.url) };
    staff.api.app = { secret: (await page.getByTestId('totp-secret').textContent())!, clock: server.t.runtime.deps.clock, lastStep: -Infinity };
    await page.getByLabel(m['signIn.code']).fill('000000');
    await page.getByRole('button', { name: m['signIn.enrol.submit'] }).click();
    await page.locator('.field--invalid').waitFor();
    await enterCodeForEnrolment(page, staff.api.nextCode());

    await page.getByRole('heading', { name: m['signIn.recoveryCodes.title'] }).waitFor();
    const codes = await page.getByTestId('recovery-codes').locator('code').allTextContents();
    expect(codes.length).toBeGreaterThanOrEqual(8);
    await checkPage(page, folder, '31-recovery-codes');
    await page.getByRole('button', { name: m['signIn.recoveryCodes.done'] }).click();

    await page.getByRole('textbox', { name: m['signIn.newPassword'], exact: true }).fill(testPassword);
    await page.getByLabel(m['signIn.repeatPassword']).fill(testPassword);
    await page.getByRole('button', { name: m['signIn.newPassword.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: m['nav.worklists'] }).waitFor();

    await page.getByRole('button', { name: m['shell.signOut'] }).click();
    await password(page, 'new.registrar', testPassword);
    await page.getByRole('button', { name: m['signIn.useRecoveryCode'] }).click();
    await page.getByLabel(m['signIn.recoveryCode']).fill(codes[0]!);
    await page.getByRole('button', { name: m['signIn.secondFactor.submit'] }).click();
    await page.getByRole('heading', { level: 1, name: m['nav.worklists'] }).waitFor();

    // A recovery code works once.
    await page.getByRole('button', { name: m['shell.signOut'] }).click();
    await password(page, 'new.registrar', testPassword);
    await page.getByRole('button', { name: m['signIn.useRecoveryCode'] }).click();
    await page.getByLabel(m['signIn.recoveryCode']).fill(codes[0]!);
    await page.getByRole('button', { name: m['signIn.secondFactor.submit'] }).click();
    await page.locator('.field--invalid').waitFor();
    expect(unexpected(errors)).toEqual([]);
  }, 90_000);

  it('refuses a wrong code next to the field, resumes at the code after a reload, and lets the right code in', async () => {
    const { page, errors } = await freshPage();
    await password(page, server.reviewer.username, server.password);
    await page.getByLabel(m['signIn.code']).fill('123456');
    await page.getByRole('button', { name: m['signIn.secondFactor.submit'] }).click();
    await page.locator('.field--invalid').waitFor();
    await checkPage(page, folder, '32-second-factor-refused');

    await page.reload();
    await page.getByRole('heading', { name: m['signIn.secondFactor.title'] }).waitFor();
    await enterCode(page, m, server.reviewer);
    await page.getByRole('heading', { level: 1, name: m['nav.worklists'] }).waitFor();
    expect(unexpected(errors)).toEqual([]);
  }, 60_000);
});

async function enterCodeForEnrolment(page: Page, code: string) {
  await page.getByLabel(m['signIn.code']).fill(code);
  await page.getByRole('button', { name: m['signIn.enrol.submit'] }).click();
}
