import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intlTag } from '../../src/platform/i18n/locale.js';
import { announceSkip, browserUnavailableReason, collectPageErrors, launchChromium } from './support/browser.js';
import { messages, sameManTwice, startConsoleServer, type ConsoleServer } from './support/console-app.js';
import { checkPage, signIn } from './support/pages.js';

const unavailable = browserUnavailableReason();
if (unavailable) announceSkip('console people finder and unmerge', unavailable);

// An Armenian-speaking reviewer: names in other scripts are also shown in Armenian letters.
const lang = 'hy';
const m = messages[lang];
const folder = `test-artifacts/console/people-${lang}`;

describe.skipIf(unavailable !== undefined)('finding people and undoing a merge in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];

  beforeAll(async () => {
    server = await startConsoleServer(lang);
    browser = await launchChromium();
    // The same man, registered once in Cyrillic and once in Latin letters; a reviewer merged them.
    await sameManTwice(server);
    const reviewer = server.reviewer.api;
    const open = (await reviewer.get('/api/duplicates?state=open')).body;
    expect(open.total).toBe(1);
    const pair = open.items[0];
    expect((await reviewer.post(`/api/duplicates/${pair.id}/confirm`)).status).toBe(200);

    const context = await browser.newContext({ locale: intlTag[lang], viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    errors = collectPageErrors(page);
    await signIn(page, server.t.url, m, server.reviewer, server.password);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('finds a person by a name in another script, ranked with why, with the name also in the reader’s script', async () => {
    await page.getByRole('link', { name: m['nav.people'] }).click();
    const name = page.getByLabel(m['people.name']);
    await name.waitFor();
    // Search first: nothing is listed, and a search without a name, phone or document says what it needs.
    expect(await page.locator('.matches').count()).toBe(0);
    await page.getByRole('button', { name: m['people.search'] }).click();
    await page.getByText(m['people.needSomething']).waitFor();

    await name.fill('Հովհաննիսյան Արամ');
    await page.getByLabel(m['people.birthDate']).fill('1961');
    await name.press('Enter');
    const found = page.locator('.matches .match').first();
    await found.waitFor();
    const text = (await found.textContent())!;
    // The merged survivor is the earlier, Cyrillic record; the Latin spelling is kept as an alias.
    expect(text).toContain('Оганесян');
    expect(text).toContain('Hovhannisyan');
    expect(await found.locator('.agreement', { hasText: m['person.familyName'] }).textContent()).toContain(m['match.level.similar']);
    expect(await found.locator('.reader-name__transliterated').textContent()).toMatch(/\p{Script=Armenian}/u);
    await checkPage(page, `${folder}`, '01-people-found');

    // A phone alone finds the person too.
    await name.fill('');
    await page.getByLabel(m['people.birthDate']).fill('');
    await page.getByLabel(m['match.field.phone']).fill('+374 97 123456');
    await page.getByLabel(m['match.field.phone']).press('Enter');
    await expect.poll(() => page.locator('.matches .match').first().textContent()).toContain('Оганесян');
    expect(errors).toEqual([]);
  }, 60_000);

  it('undoes a merge from the decided duplicates, after a confirmation, and the pair is back for review', async () => {
    await page.getByRole('link', { name: m['nav.duplicates'] }).click();
    await page.getByRole('button', { name: m['duplicates.state.confirmed'] }).click();
    await page.getByRole('row', { name: /Hovhannisyan/ }).getByRole('link').click();
    await page.getByRole('heading', { level: 1, name: m['duplicates.review.title'] }).waitFor();
    await page.getByRole('button', { name: m['duplicates.unmerge'] }).click();
    const dialog = page.getByRole('dialog');
    expect(await dialog.textContent()).toContain(m['duplicates.ask.unmerge']);
    await checkPage(page, folder, '02-unmerge-confirmation');
    await dialog.getByRole('button', { name: m['duplicates.unmerge'] }).click();
    await page.getByRole('status').filter({ hasText: m['duplicates.done.unmerge'] }).waitFor();
    // Open again: the reviewer may decide anew.
    await page.getByRole('button', { name: m['duplicates.confirm'] }).waitFor();
    await checkPage(page, folder, '03-unmerged');

    // Both records stand apart again: a search finds two people, neither carrying the other's names.
    const found = (await server.reviewer.api.get(`/api/people/search?q=${encodeURIComponent('Оганесян Арам')}`)).body.items;
    expect(found.map((x: { person: { familyName: { value: string } } }) => x.person.familyName.value).sort()).toEqual(['Hovhannisyan', 'Оганесян']);
    expect(found.flatMap((x: { person: { aliases: unknown[] } }) => x.person.aliases)).toEqual([]);
    expect(errors).toEqual([]);
  }, 60_000);
});
