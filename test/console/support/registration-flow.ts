import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intlTag, type Locale } from '../../../src/platform/i18n/locale.js';
import { applicant, receptionApplication } from '../../support/fixtures.js';
import { announceSkip, browserUnavailableReason, collectPageErrors, launchChromium } from './browser.js';
import { messages, startConsoleServer, type ConsoleMessages, type ConsoleServer } from './console-app.js';
import { checkPage, signIn } from './pages.js';

const unavailable = browserUnavailableReason();
if (unavailable) announceSkip('console end-to-end flow', unavailable);

/** Takes one lifecycle step through its button and confirmation dialog, and waits for the result. */
async function takeStep(page: Page, m: ConsoleMessages, step: keyof ConsoleMessages & `step.${string}`, comment?: string) {
  await page.getByRole('button', { name: m[step], exact: true }).click();
  const dialog = page.getByRole('dialog');
  if (comment) await dialog.locator('textarea').fill(comment);
  await dialog.getByRole('button', { name: m['step.confirmButton'].replace('{step}', m[step]) }).click();
  await page.getByRole('status').filter({ hasText: m['step.done'].replace('{step}', m[step]) }).waitFor();
}

/**
 * The reviewer finds the pair under "duplicates to review" (the check after intake put it there),
 * compares the two records side by side and merges them.
 */
async function mergeFromWorklist(page: Page, m: ConsoleMessages, folder: string) {
  await page.getByRole('heading', { level: 1, name: m['nav.worklists'] }).waitFor();
  const queue = page.locator('main').getByRole('link', { name: m['nav.duplicates'] });
  // The check runs beside intake; the count shows once it has found the pair.
  await expect.poll(async () => {
    await page.reload();
    return queue.locator('.tabs__count').textContent();
  }, { timeout: 20_000, interval: 500 }).toMatch(/[1-9]/);
  await queue.click();
  await page.getByRole('heading', { level: 1, name: m['nav.duplicates'] }).waitFor();
  await checkPage(page, folder, '04a-duplicates');
  await page.getByRole('row', { name: /Оганесян/ }).getByRole('link').click();
  await page.getByRole('heading', { level: 1, name: m['duplicates.review.title'] }).waitFor();
  expect(await page.locator('.comparison__row--differs').count()).toBeGreaterThan(0);
  await checkPage(page, folder, '04b-duplicate-review');
  await page.getByRole('button', { name: m['duplicates.confirm'] }).click();
  await page.getByRole('dialog').getByRole('button', { name: m['duplicates.confirm'] }).click();
  await page.getByRole('status').filter({ hasText: m['duplicates.done.confirm'] }).waitFor();
  await page.getByRole('button', { name: m['duplicates.unmerge'] }).waitFor();
  await checkPage(page, folder, '04c-merged');
}

/**
 * The end-to-end flow in one language. Each language has a test file of its own
 * (registration-flow-*.test.ts) so that two run at once: the four in one file took a quarter of
 * the whole suite's time on one worker.
 */
export function describeRegistrationFlow(lang: Locale) {
  describe.skipIf(unavailable !== undefined)(`a walk-in registration in the console, in ${lang}`, () => {
    const m = messages[lang];
    const folder = `test-artifacts/console/${lang}`;
    let server: ConsoleServer;
    let browser: Browser;

    beforeAll(async () => {
      server = await startConsoleServer(lang);
      browser = await launchChromium();
      // The same man registered earlier in Cyrillic: the candidate the matching module should find.
      const earlier = receptionApplication(server.sites.khankendi.id, {
        applicant: applicant({ givenName: 'Арам', patronymic: 'Гагикович', familyName: 'Оганесян', language: 'ru', phones: [], documents: [], notifyBy: 'none' }),
      });
      expect((await server.registrar.api.post('/api/applications', earlier)).status).toBe(201);
    });
    afterAll(async () => {
      await browser?.close();
      await server?.close();
    });

    it('registers an applicant typed in Armenian, asks for information, takes the answer, approves, and shows every message sent', async () => {
      const base = server.t.url;
      const open = async () => {
        const context = await browser.newContext({ locale: intlTag[lang], viewport: { width: 1280, height: 900 } });
        const page = await context.newPage();
        return { page, errors: collectPageErrors(page) };
      };

      const registrar = await open();
      const reg = registrar.page;
      await signIn(reg, base, m, server.registrar, server.password);
      await reg.getByRole('heading', { level: 1, name: m['nav.worklists'] }).waitFor();
      await reg.getByRole('listbox').waitFor();
      await checkPage(reg, folder, '01-worklists-registrar');

      await reg.getByRole('link', { name: m['nav.intake'] }).click();
      await reg.getByRole('heading', { level: 1, name: m['intake.title'] }).waitFor();
      await reg.locator('#f-applicant-familyName').pressSequentially('Հովհաննիսյան');
      await reg.locator('#f-applicant-givenName').pressSequentially('Արամ');
      // The Cyrillic record shows up while the name is still being typed, before anything is saved.
      const candidate = reg.locator('.candidates .match', { hasText: 'Оганесян' });
      await candidate.waitFor();
      await reg.locator('#f-applicant-patronymic').fill('Գագիկի');
      await expect.poll(() => reg.locator('.field', { has: reg.locator('#f-applicant-familyName') }).textContent()).toContain(m['script.armenian']);
      await reg.locator('#f-applicant-birthDate').fill('14');
      await reg.locator('#f-applicant-birthDate-month').fill('03');
      await reg.locator('#f-applicant-birthDate-year').fill('1961');
      for (const [field, typed] of [['birthPlace', 'Ստեփանակերտ'], ['residence', 'Xankəndi']] as const) {
        await reg.locator(`#f-applicant-${field}`).fill(typed);
        await reg.locator(`#f-applicant-${field}-options [role=option]`).first().waitFor();
        await reg.locator(`#f-applicant-${field}`).press('Enter');
      }
      await reg.locator('#f-applicant-phones-0').fill('+374 97 123456');
      await expect.poll(() => reg.getByText('+37497123456').count()).toBeGreaterThan(0);
      await reg.locator('#f-applicant-documents-0-number').fill('AR1452415');
      await reg.locator('#f-informationNotice').check();
      await expect.poll(() => candidate.textContent()).toContain(m['match.likely']);
      // Why it matches, field by field, with both spellings; the registrar can open the whole record.
      expect(await candidate.locator('.agreement', { hasText: m['person.familyName'] }).textContent()).toContain('Հովհաննիսյան ≈ Оганесян');
      await candidate.getByText(m['match.open']).click();
      await candidate.locator('.facts').waitFor();
      await checkPage(reg, folder, '02-intake');

      await reg.getByRole('button', { name: m['intake.submit'] }).click();
      const reference = reg.getByTestId('reference');
      await reference.waitFor();
      expect(await reference.textContent()).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$/);
      await checkPage(reg, folder, '03-receipt');
      const id = /\/applications\/([^/]+)\/receipt/.exec(reg.url())![1]!;

      const reviewer = await open();
      const rev = reviewer.page;
      await signIn(rev, base, m, server.reviewer, server.password);
      await mergeFromWorklist(rev, m, folder);
      await rev.goto(`${base}/applications/${id}`);
      await rev.locator('.match', { hasText: 'Оганесян' }).filter({ hasText: m['duplicates.state.confirmed'] }).waitFor();
      await takeStep(rev, m, 'step.start-review');
      await takeStep(rev, m, 'step.request-information', 'Bring the birth certificate');
      await checkPage(rev, folder, '04d-information-requested');

      await reg.goto(`${base}/applications/${id}`);
      await takeStep(reg, m, 'step.resubmit');

      await rev.reload();
      await takeStep(rev, m, 'step.start-review');
      await takeStep(rev, m, 'step.approve');

      // Every step told the applicant (received, in review, information requested, resubmitted, in review, approved).
      await expect
        .poll(
          async () => {
            await rev.reload();
            await rev.locator('.timeline').waitFor();
            return rev.locator('.timeline__message .badge--delivery-sent').count();
          },
          { timeout: 20_000, interval: 500 },
        )
        .toBe(6);
      const timeline = (await rev.locator('.timeline').textContent())!;
      expect(timeline).toContain(m['delivery.sent']);
      // Dates in the locale's CLDR form, never ICU's fallback for a locale it lacks ("2026 M11 25").
      expect(timeline).not.toMatch(/\bM\d\d\b/);
      expect(timeline.indexOf(m['action.submit'])).toBeLessThan(timeline.indexOf(m['action.receive']));
      await checkPage(rev, folder, '05-approved-timeline');

      await rev.goto(`${base}/`);
      await rev.getByRole('listbox').waitFor();
      await checkPage(rev, folder, '06-worklists-reviewer');
      await rev.getByRole('link', { name: m['nav.figures'] }).first().click();
      await rev.locator('.bar-chart').waitFor();
      await checkPage(rev, folder, '07-figures');

      expect(registrar.errors).toEqual([]);
      expect(reviewer.errors).toEqual([]);
    }, 180_000);
  });
}
