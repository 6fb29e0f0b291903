import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { browserUnavailableReason, chromiumFlags, chromiumPath } from '../../console/support/browser.js';
import en from '../../../web/ui/i18n/outreach-messages/en.js';
import type { ApiClient } from '../../support/client.js';
import { testPassword } from '../../support/client.js';

export const m = en;

export function outreachUnavailableReason(): string | undefined {
  return browserUnavailableReason() ?? (fs.existsSync('dist/web/outreach/index.html') ? undefined : 'dist/web/outreach is not built (run npm run build)');
}

/**
 * A Chromium process of our own, on a profile folder that outlives it, reached over CDP: so that
 * a test can kill it outright (SIGKILL, as a flat battery or a crash would) and start it again on
 * the same profile, with whatever IndexedDB made durable.
 */
export interface OwnChromium {
  process: ChildProcess;
  browser: Browser;
  context: BrowserContext;
  kill(): Promise<void>;
  close(): Promise<void>;
}

export const newProfile = () => fs.mkdtempSync(path.join(os.tmpdir(), 'homeward-outreach-profile-'));

export async function startChromium(profile: string): Promise<OwnChromium> {
  const child = spawn(chromiumPath, [...chromiumFlags, `--user-data-dir=${profile}`, '--remote-debugging-port=0', 'about:blank'], { stdio: ['ignore', 'ignore', 'pipe'] });
  const endpoint = await new Promise<string>((resolve, reject) => {
    let seen = '';
    const timer = setTimeout(() => reject(new Error(`chromium did not start: ${seen}`)), 20_000);
    child.stderr!.on('data', (chunk: Buffer) => {
      seen += chunk.toString();
      const found = /DevTools listening on (ws:\/\/\S+)/.exec(seen);
      if (found) {
        clearTimeout(timer);
        resolve(found[1]!);
      }
    });
    child.on('exit', () => reject(new Error(`chromium exited: ${seen}`)));
  });
  const browser = await chromium.connectOverCDP(endpoint);
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  return {
    process: child,
    browser,
    context: browser.contexts()[0]!,
    async kill() {
      child.kill('SIGKILL');
      await exited;
    },
    async close() {
      await browser.close().catch(() => undefined);
      if (child.exitCode === null) child.kill('SIGKILL');
      await exited;
    },
  };
}

/** Signs the worker in through the app's own form (password, then a fresh code from their authenticator). */
export async function signIn(page: Page, worker: ApiClient) {
  await page.getByLabel(m['signin.username']).fill(worker.username!);
  await page.getByLabel(m['signin.password']).fill(testPassword);
  await page.getByLabel(m['signin.code']).fill(worker.nextCode());
  await page.getByRole('button', { name: m['signin.submit'] }).click();
  await page.getByRole('button', { name: m['nav.outbox'] }).waitFor();
}

export async function openApp(context: BrowserContext, url: string): Promise<Page> {
  await context.addInitScript(() => localStorage.setItem('homeward.language', 'en'));
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(`${url}/outreach`);
  return page;
}

/**
 * A worker signs in on the device while online, waits until the service worker keeps the app (so
 * that it opens offline too), then the connection goes.
 */
export async function signedInThenOffline(chrome: OwnChromium, url: string, worker: ApiClient): Promise<Page> {
  const page = await openApp(chrome.context, url);
  await signIn(page, worker);
  expect(await page.evaluate(async () => (await navigator.serviceWorker.ready).active?.state)).toBe('activated');
  await chrome.context.setOffline(true);
  await page.getByText(m['status.offline']).waitFor();
  return page;
}

/** After a crash: Chromium again on the same profile, with no connection, the app opened from what the service worker kept, at the outbox. */
export async function reopenedOffline(profile: string, url: string): Promise<{ chrome: OwnChromium; page: Page }> {
  const chrome = await startChromium(profile);
  await chrome.context.setOffline(true);
  const page = await openApp(chrome.context, url);
  await page.getByRole('button', { name: m['nav.outbox'] }).click();
  return { chrome, page };
}

/** The connection is back: the session ended with the browser, so the worker signs in again and watches the outbox. */
export async function backOnline(chrome: OwnChromium, page: Page, worker: ApiClient) {
  await chrome.context.setOffline(false);
  await page.reload();
  // The app asks to sign in once a send is refused for want of a session; a first send that still
  // found no link is tried again within seconds (and at worst on the 30-second round).
  await page.getByLabel(m['signin.username']).waitFor({ timeout: 45_000 });
  await signIn(page, worker);
  await page.getByRole('button', { name: m['nav.outbox'] }).click();
}

/** Registers one person with the form, offline or not, and waits for "saved on this device". */
export async function registerPerson(page: Page, givenName: string, familyName: string, birthDate: string) {
  await page.getByLabel(m['field.givenName']).first().fill(givenName);
  await page.getByLabel(m['field.familyName']).first().fill(familyName);
  await page.getByLabel(m['field.birthDate']).first().fill(birthDate);
  await page.getByRole('button', { name: m['register.save'] }).click();
  await page.getByText(m['receipt.saved']).waitFor();
  const reference = await page.locator('[data-reference]').innerText();
  await page.getByRole('button', { name: m['receipt.next'] }).click();
  return reference;
}

/** Whether the bytes hold the text as UTF-8 or UTF-16 (how Chromium may serialise strings). */
export const holds = (bytes: Buffer, text: string) => bytes.includes(Buffer.from(text, 'utf8')) || bytes.includes(Buffer.from(text, 'utf16le'));

/**
 * Each file's bytes. A file gone by the time it is read is left out: after the browser process is
 * killed, its helper processes may still be clearing their cache for a moment.
 */
export function contentsOf(files: readonly string[]): { file: string; bytes: Buffer }[] {
  return files.flatMap((file) => {
    try {
      return [{ file, bytes: fs.readFileSync(file) }];
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return [];
      throw e;
    }
  });
}

/** Every file under a folder, for looking at what the browser wrote to disk. */
export function filesUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true, recursive: true }).filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name));
}
