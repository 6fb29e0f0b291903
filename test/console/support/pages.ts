import fs from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from 'playwright-core';
import { expect } from 'vitest';
import { seriousViolations } from './axe.js';
import type { ApiClient } from '../../support/client.js';
import type { ConsoleMessages } from './console-app.js';

/** A staff member as the browser tests know them: the user name and the API client holding their authenticator app. */
export interface StaffMember {
  username: string;
  api: ApiClient;
}

/** The second step of a sign-in, in the page or in the session-expired dialog. */
export async function enterCode(scope: Page | Locator, m: ConsoleMessages, staff: StaffMember) {
  await scope.getByLabel(m['signIn.code']).fill(staff.api.nextCode());
  await scope.getByRole('button', { name: m['signIn.secondFactor.submit'] }).click();
}

/** Signs in through the sign-in page with the password and a code from the app, as a person would. */
export async function signIn(page: Page, baseUrl: string, m: ConsoleMessages, staff: StaffMember, password: string) {
  await page.goto(`${baseUrl}/`);
  await page.getByLabel(m['signIn.username']).fill(staff.username);
  await page.getByLabel(m['signIn.password']).fill(password);
  await page.getByRole('button', { name: m['signIn.submit'] }).click();
  await enterCode(page, m, staff);
  await page.getByRole('button', { name: m['shell.signOut'] }).waitFor();
}

/** Asserts axe finds nothing serious or critical on the page as it is now, and keeps a screenshot. */
export async function checkPage(page: Page, folder: string, name: string) {
  fs.mkdirSync(folder, { recursive: true });
  await page.evaluate(() => document.fonts.ready);
  await page.screenshot({ path: path.join(folder, `${name}.png`), fullPage: true });
  expect(await seriousViolations(page), `axe on ${name}`).toEqual([]);
}

/**
 * Presses Tab until the focused element matches a CSS selector (or, given { text }, shows that
 * text); fails if the keyboard cannot get there.
 */
export async function tabTo(page: Page, target: string | { text: string }, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    const focused = await page.evaluate((t) => {
      const el = document.activeElement;
      return typeof t === 'string' ? (el?.matches(t) ?? false) : el?.textContent?.trim() === t.text;
    }, target);
    if (focused) return;
    await page.keyboard.press('Tab');
  }
  throw new Error(`${JSON.stringify(target)} cannot be reached with Tab`);
}
