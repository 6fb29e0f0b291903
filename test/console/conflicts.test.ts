import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intlTag } from '../../src/platform/i18n/locale.js';
import { signedInStaff, type ApiClient } from '../support/client.js';
import { editChange, enrolDevice, registerChange, syncBatch } from '../outreach/support.js';
import { announceSkip, browserUnavailableReason, collectPageErrors, launchChromium } from './support/browser.js';
import { messages, startConsoleServer, type ConsoleServer } from './support/console-app.js';
import { checkPage, signIn, tabTo, type StaffMember } from './support/pages.js';

const unavailable = browserUnavailableReason();
if (unavailable) announceSkip('console conflict inbox', unavailable);

const lang = 'ru';
const m = messages[lang];
const folder = `test-artifacts/console/conflicts-${lang}`;
const fill = (message: string, values: Record<string, string>) => message.replace(/\{(\w+)\}/g, (_, k: string) => values[k] ?? '');

describe.skipIf(unavailable !== undefined)('the conflict inbox in the console', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let supervisor: StaffMember;
  let applicationId: string;
  let personId: string;
  const conflictIds: Record<string, string> = {};

  beforeAll(async () => {
    server = await startConsoleServer(lang);
    browser = await launchChromium();
    const api = await signedInStaff(server.t, 'supervisor.ru', ['supervisor'], null);
    await api.request('PUT', '/api/session/preferences', { body: { language: lang } });
    supervisor = { username: 'supervisor.ru', api };

    // Two tablets of one outreach worker, offline, both change the same two details of a person registered on the first.
    const worker: ApiClient = await signedInStaff(server.t, 'outreach.ru', ['outreach-worker'], server.sites.khankendi.id);
    const first = await enrolDevice(worker, server.sites.outreach.id, 'Планшет А');
    const second = await enrolDevice(worker, server.sites.outreach.id, 'Планшет Б');
    const registered = (await syncBatch(first, [registerChange(first)])).body.results[0].application;
    ({ id: applicationId, applicantId: personId } = registered);
    await syncBatch(first, [editChange(personId, registered.applicantVersion, { email: 'a@example.org', givenName: 'Арам' })]);
    const late = await syncBatch(second, [editChange(personId, registered.applicantVersion, { email: 'b@example.org', givenName: 'Арамаис' })]);
    for (const c of late.body.results[0].conflicts as { id: string; field: string }[]) conflictIds[c.field] = c.id;
    expect(Object.keys(conflictIds).sort()).toEqual(['email', 'givenName']);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const resolveButton = (page: Page, field: string) =>
    page.getByRole('button', { name: fill(m['conflicts.resolveOne'], { person: 'Арам Հովհաննիսյան', field }) });

  it('lets a supervisor find the conflicts from the worklist, see both values with who and which device, and keep the device’s value by keyboard', async () => {
    const page = await (await browser.newContext({ locale: intlTag[lang], viewport: { width: 1280, height: 900 } })).newPage();
    const errors = collectPageErrors(page);
    await signIn(page, server.t.url, m, supervisor, server.password);
    const queue = page.getByRole('navigation', { name: m['worklist.queues'] }).getByRole('link', { name: m['nav.conflicts'] });
    await expect.poll(() => queue.textContent()).toContain('2');
    await queue.click();
    await page.getByRole('heading', { level: 1, name: m['nav.conflicts'] }).waitFor();

    const row = page.getByRole('row').filter({ hasText: 'b@example.org' });
    await row.waitFor();
    for (const text of ['a@example.org', 'Планшет А', 'Планшет Б', 'outreach.ru', m['person.email']]) expect(await row.textContent()).toContain(text);
    await checkPage(page, folder, '01-conflicts');

    await tabTo(page, `button[aria-label="${fill(m['conflicts.resolveOne'], { person: 'Арам Հովհաննիսյան', field: m['person.email'] })}"]`);
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('radio').first().waitFor();
    // Arrow keys move between the two values; Tab leaves the group for the button.
    await page.keyboard.press('ArrowDown');
    expect(await dialog.getByRole('radio').nth(1).isChecked()).toBe(true);
    await checkPage(page, folder, '02-choose');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await page.getByRole('status').filter({ hasText: m['person.email'] }).waitFor();

    const person = (await supervisor.api.get(`/api/applications/${applicationId}`)).body.applicant;
    expect(person.email).toBe('b@example.org');
    const history = await server.t.runtime.services.people.events([personId]);
    expect(history.at(-1)).toMatchObject({ type: 'corrected', actorRole: 'supervisor', payload: { field: 'email', from: 'a@example.org', to: 'b@example.org', requestId: `conflict:${conflictIds.email}` } });

    await page.getByRole('link', { name: m['conflicts.state.resolved'] }).click();
    const outcome = page.getByRole('row').filter({ hasText: m['conflicts.chose.proposed'] });
    await outcome.waitFor();
    expect(await outcome.textContent()).toContain('supervisor.ru');
    await checkPage(page, folder, '03-resolved');
    expect(errors).toEqual([]);
  }, 120_000);

  it('says next to the choice, in the user’s language, when someone else resolved the conflict first', async () => {
    const page = await (await browser.newContext({ locale: intlTag[lang], viewport: { width: 1280, height: 900 } })).newPage();
    const errors = collectPageErrors(page);
    await signIn(page, server.t.url, m, supervisor, server.password);
    await page.goto(`${server.t.url}/conflicts`);
    await resolveButton(page, m['person.givenName']).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: m['conflicts.confirm'] }).click();
    await dialog.getByText(m['conflicts.choose.required']).waitFor();

    await dialog.getByRole('radio').nth(1).check();
    const meanwhile = await supervisor.api.post(`/api/outreach/conflicts/${encodeURIComponent(conflictIds.givenName!)}/resolve`, { choose: 'current' });
    expect(meanwhile.status).toBe(200);
    await dialog.getByRole('button', { name: m['conflicts.confirm'] }).click();
    await dialog.locator('fieldset .field__error').filter({ hasText: m['conflicts.problem.taken'] }).waitFor();
    await checkPage(page, folder, '04-taken');

    await dialog.getByRole('button', { name: m['common.cancel'] }).click();
    await page.getByText(m['conflicts.none']).waitFor();
    expect((await supervisor.api.get(`/api/applications/${applicationId}`)).body.applicant.givenName.value).toBe('Арам');
    expect(errors.filter((e) => !/status of 409/.test(e))).toEqual([]);
  }, 120_000);
});
