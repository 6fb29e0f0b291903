import { Secret, TOTP } from 'otpauth';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intlTag } from '../../src/platform/i18n/locale.js';
import { signedInStaff } from '../support/client.js';
import { announceSkip, browserUnavailableReason, collectPageErrors, launchChromium } from './support/browser.js';
import { messages, startConsoleServer, type ConsoleServer } from './support/console-app.js';
import { checkPage, signIn, type StaffMember } from './support/pages.js';

const unavailable = browserUnavailableReason();
if (unavailable) announceSkip('console staff accounts', unavailable);

const lang = 'az';
const m = messages[lang];
const folder = `test-artifacts/console/staff-${lang}`;

describe.skipIf(unavailable !== undefined)('staff accounts in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let admin: StaffMember;

  beforeAll(async () => {
    server = await startConsoleServer(lang);
    browser = await launchChromium();
    const api = await signedInStaff(server.t, 'admin.console', ['administrator'], null);
    await api.request('PUT', '/api/session/preferences', { body: { language: lang } });
    admin = { username: 'admin.console', api };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets an administrator create an account (its one-time secret shown once) and disable it, after a confirmation', async () => {
    const page = await (await browser.newContext({ locale: intlTag[lang], viewport: { width: 1280, height: 900 } })).newPage();
    const errors = collectPageErrors(page);
    await signIn(page, server.t.url, m, admin, server.password);
    await page.getByRole('link', { name: m['nav.staff'] }).click();
    await page.getByRole('heading', { level: 1, name: m['staff.title'] }).waitFor();
    await page.getByRole('row', { name: new RegExp(server.registrar.username) }).waitFor();

    // A refused field is named next to the field, in the user's language.
    await page.getByRole('button', { name: m['staff.create'] }).click();
    await page.locator('.field--invalid').first().waitFor();

    await page.getByLabel(m['signIn.username']).fill('registrar.new');
    await page.getByLabel(m['staff.displayName']).fill('Leyla Məmmədova');
    await page.getByRole('checkbox', { name: m['role.registrar'] }).check();
    await page.getByLabel(m['staff.office']).selectOption(server.sites.khankendi.id);
    await page.getByRole('button', { name: m['staff.create'] }).click();
    const secret = page.getByTestId('one-time-secret');
    await secret.waitFor();
    expect((await secret.textContent())!.length).toBeGreaterThanOrEqual(16);
    await checkPage(page, folder, '01-account-created');
    await page.getByRole('button', { name: m['staff.secret.done'] }).click();
    expect(await secret.count()).toBe(0);

    // A case worker works in a district, chosen by any of its names (here the Armenian one).
    await page.getByLabel(m['signIn.username']).fill('case.worker');
    await page.getByLabel(m['staff.displayName']).fill('Nərmin Əliyeva');
    await page.getByRole('checkbox', { name: m['role.case-worker'] }).check();
    await page.getByLabel(m['staff.office']).selectOption('');
    await page.getByRole('button', { name: m['staff.create'] }).click();
    const district = page.getByRole('combobox', { name: m['staff.district'] });
    await expect.poll(() => district.getAttribute('aria-invalid')).toBe('true');
    await district.fill('Խոջալու');
    await page.getByRole('option', { name: /Xocalı/ }).click();
    await page.getByRole('button', { name: m['staff.create'] }).click();
    await secret.waitFor();
    await page.getByRole('button', { name: m['staff.secret.done'] }).click();
    await page.getByRole('row', { name: /case\.worker/ }).getByText('Xocalı rayonu').waitFor();
    const created = (await admin.api.get('/api/users')).body.find((u: { username: string }) => u.username === 'case.worker');
    expect(created).toMatchObject({ roles: ['case-worker'], districtId: 'AZ-XCI', officeId: null });

    await page.getByRole('button', { name: `${m['staff.disable']}: registrar.new` }).click();
    await page.getByRole('dialog').getByRole('button', { name: m['staff.disable'] }).click();
    await page.getByRole('row', { name: /registrar\.new/ }).getByText(m['staff.disabled']).waitFor();
    await checkPage(page, folder, '02-account-disabled');
    // The one refusal asked for above is the only error the page met.
    expect(errors.filter((e) => !/status of 400 .*\/api\/users$/.test(e))).toEqual([]);
  }, 90_000);

  it('shows my account: my factors, a second authenticator app added from its QR code, new recovery codes once, and sign-out everywhere', async () => {
    const page = await (await browser.newContext({ locale: intlTag[lang], viewport: { width: 1280, height: 900 } })).newPage();
    const errors = collectPageErrors(page);
    await signIn(page, server.t.url, m, admin, server.password);
    await page.getByRole('link', { name: m['account.link'].replace('{name}', admin.username) }).click();
    await page.getByRole('heading', { level: 1, name: m['account.title'] }).waitFor();
    await page.getByText(m['factor.totp'], { exact: false }).first().waitFor();

    await page.getByRole('button', { name: m['account.addApp'] }).click();
    await page.getByRole('img', { name: m['account.addApp.qr'] }).waitFor();
    const secret = (await page.locator('form code.reference').textContent())!;
    await page.getByLabel(m['signIn.code']).fill(new TOTP({ secret: Secret.fromBase32(secret) }).generate());
    await page.getByRole('button', { name: m['account.addApp.confirm'] }).click();
    await page.getByRole('status').filter({ hasText: m['account.addApp.done'] }).waitFor();
    await expect.poll(() => page.getByRole('button', { name: new RegExp(`^${m['common.remove']}:`) }).count()).toBe(2);

    await page.getByRole('button', { name: m['account.newCodes'] }).click();
    await page.getByTestId('recovery-codes').waitFor();
    expect(await page.getByTestId('recovery-codes').locator('li').count()).toBeGreaterThan(5);
    await checkPage(page, folder, '03-my-account');

    await page.getByRole('button', { name: m['account.signOutEverywhere'] }).click();
    await page.getByLabel(m['signIn.username']).waitFor();
    expect(errors).toEqual([]);
  }, 90_000);
});
