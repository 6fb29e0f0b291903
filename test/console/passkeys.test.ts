import net from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intlTag } from '../../src/platform/i18n/locale.js';
import { signedInStaff } from '../support/client.js';
import { announceSkip, browserUnavailableReason, collectPageErrors, launchChromium } from './support/browser.js';
import { messages, startConsoleServer, type ConsoleServer } from './support/console-app.js';
import { checkPage, signIn, tabTo, type StaffMember } from './support/pages.js';

const unavailable = browserUnavailableReason();
if (unavailable) announceSkip('console passkeys', unavailable);

const lang = 'hy';
const m = messages[lang];
const folder = `test-artifacts/console/passkeys-${lang}`;
const name = 'Աշխատանքային նոութբուք';

/** A port nobody listens on now: the server is started on it, so its public address is known beforehand. */
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as net.AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });

/** Chromium's virtual authenticator (a platform passkey that verifies its user), for this page only. */
async function virtualAuthenticator(page: Page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('WebAuthn.enable');
  await cdp.send('WebAuthn.addVirtualAuthenticator', {
    options: { protocol: 'ctap2', transport: 'internal', hasResidentKey: true, hasUserVerification: true, isUserVerified: true, automaticPresenceSimulation: true },
  });
}

describe.skipIf(unavailable !== undefined)('passkeys from My account in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let staff: StaffMember;
  let base: string;

  beforeAll(async () => {
    const port = await freePort();
    // Passkeys are bound to the host name of the public address: the browser goes to localhost, as staff would go to the site's name.
    base = `http://localhost:${port}`;
    server = await startConsoleServer(lang, { port, env: { HOMEWARD_PUBLIC_URL: base } });
    browser = await launchChromium();
    const api = await signedInStaff(server.t, 'passkey.user', ['registrar'], server.sites.khankendi.id);
    await api.request('PUT', '/api/session/preferences', { body: { language: lang } });
    staff = { username: 'passkey.user', api };
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('adds a named passkey by keyboard, signs in with it, and removes it', async () => {
    const page = await (await browser.newContext({ locale: intlTag[lang], viewport: { width: 1280, height: 900 } })).newPage();
    const errors = collectPageErrors(page);
    await virtualAuthenticator(page);
    await signIn(page, base, m, staff, server.password);
    await page.getByRole('link', { name: m['account.link'].replace('{name}', staff.username) }).click();
    await page.getByRole('heading', { level: 1, name: m['account.title'] }).waitFor();

    await tabTo(page, { text: m['account.addPasskey'] });
    await page.keyboard.press('Enter');
    await page.getByLabel(m['account.addPasskey.name']).fill(name);
    await checkPage(page, folder, '01-name-passkey');
    await page.getByRole('button', { name: m['account.addPasskey.create'] }).click();
    await page.getByRole('status').filter({ hasText: m['account.addPasskey.done'] }).waitFor();
    await page.getByText(`${m['factor.passkey']}: ${name}`).waitFor();
    await checkPage(page, folder, '02-passkey-added');
    const factors = (await staff.api.get('/api/session/factors')).body.factors as { kind: string; label: string }[];
    expect(factors.map((f) => [f.kind, f.label])).toContainEqual(['passkey', name]);

    // The new passkey is a second factor: the next sign-in can use it instead of a code.
    await page.getByRole('button', { name: m['shell.signOut'] }).click();
    await page.getByLabel(m['signIn.username']).fill(staff.username);
    await page.getByLabel(m['signIn.password']).fill(server.password);
    await page.getByRole('button', { name: m['signIn.submit'] }).click();
    await page.getByRole('button', { name: m['signIn.usePasskey'] }).click();
    await page.getByRole('button', { name: m['shell.signOut'] }).waitFor();

    await page.getByRole('link', { name: m['account.link'].replace('{name}', staff.username) }).click();
    await page.getByRole('button', { name: `${m['common.remove']}: ${name}` }).click();
    await expect.poll(() => page.getByText(`${m['factor.passkey']}: ${name}`).count()).toBe(0);
    expect(((await staff.api.get('/api/session/factors')).body.factors as { kind: string }[]).map((f) => f.kind)).toEqual(['totp']);
    expect(errors).toEqual([]);
  }, 120_000);
});
