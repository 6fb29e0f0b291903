import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { announceSkip, collectPageErrors, launchChromium } from '../../console/support/browser.js';
import { portalMessages, portalUnavailableReason, startPortalServer } from './support.js';

const unavailable = portalUnavailableReason();
if (unavailable) announceSkip('portal keyboard', unavailable);

const m = portalMessages.en;

/** What has the keyboard focus: its accessible text, as a person using a screen reader would hear it. */
const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement as HTMLElement | null;
  return el ? `${el.tagName.toLowerCase()}:${(el.getAttribute('aria-label') ?? el.textContent ?? '').trim()}` : '';
});

describe.skipIf(unavailable !== undefined)('the portal with the keyboard alone', () => {
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

  it('reaches every task from the first screen and moves through the first steps of applying', async () => {
    const context = await browser.newContext({ locale: 'en', viewport: { width: 360, height: 740 } });
    await context.addInitScript(() => localStorage.setItem('homeward.language', 'en'));
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await page.goto(`${server.t.url}/portal`);
    await page.locator('a.task').first().waitFor();

    const seen: string[] = [];
    for (let i = 0; i < 5; i++) {
      await page.keyboard.press('Tab');
      seen.push(await focused(page));
    }
    expect(seen[0]).toBe('a:Homeward');
    expect(seen[1]).toMatch(/^select:/);
    [m['home.apply'], m['home.follow'], m['home.verify']].forEach((task, i) => expect(seen[i + 2]).toMatch(new RegExp(`^a:${task}`)));

    // Back to the first task, open it with Enter; the heading of the new page takes the focus.
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => focused(page)).toBe(`h1:${m['apply.title']}`);
    await page.keyboard.press('Tab');
    expect(await focused(page)).toBe('input:');
    await page.keyboard.press('Space');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Tab');
    expect(await focused(page)).toBe(`button:${m['common.next']}`);
    await page.keyboard.press('Enter');
    await page.getByText(m['apply.names.hint']).waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.type('Anahit');
    expect(await page.getByLabel(m['field.givenName'], { exact: true }).inputValue()).toBe('Anahit');
    expect(errors).toEqual([]);
    await context.close();
  }, 60_000);
});
