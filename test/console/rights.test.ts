import { IntlMessageFormat } from 'intl-messageformat';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intlTag, type Locale } from '../../src/platform/i18n/locale.js';
import { signedInStaff } from '../support/client.js';
import { applicant, receptionApplication } from '../support/fixtures.js';
import { followAs } from '../portal/support.js';
import { announceSkip, browserUnavailableReason, collectPageErrors, launchChromium } from './support/browser.js';
import { messages, startConsoleServer, type ConsoleServer } from './support/console-app.js';
import { checkPage, signIn, tabTo, type StaffMember } from './support/pages.js';

const unavailable = browserUnavailableReason();
const format = (message: string, lang: Locale, values: Record<string, number>) => String(new IntlMessageFormat(message, intlTag[lang]).format(values));
if (unavailable) announceSkip('console residents’ rights screens', unavailable);

/**
 * The residents' rights screens against a real server: a correction a resident asked for on the
 * portal is applied from the inbox; an erasure is refused while a legal hold stands and done once
 * it is lifted; an export asked for by a supervisor is approved by the data-protection officer
 * and downloaded by the one who asked.
 */
describe.skipIf(unavailable !== undefined).each(['en', 'ru'] as const)('residents’ rights in the console, in %s', (lang) => {
  const m = messages[lang];
  const folder = `test-artifacts/console/rights-${lang}`;
  let server: ConsoleServer;
  let browser: Browser;
  let supervisor: StaffMember;
  let dpo: StaffMember;
  let application: { id: string; applicantId: string };

  const staff = async (username: string, roles: Parameters<typeof signedInStaff>[2]): Promise<StaffMember> => {
    const api = await signedInStaff(server.t, username, roles);
    await api.request('PUT', '/api/session/preferences', { body: { language: lang } });
    return { username, api };
  };

  /** A browser page signed in as the staff member, with the errors it logs. */
  async function open(member: StaffMember): Promise<{ page: Page; errors: string[] }> {
    const context = await browser.newContext({ locale: intlTag[lang], viewport: { width: 1280, height: 900 } });
    const page = await context.newPage();
    const errors = collectPageErrors(page);
    await signIn(page, server.t.url, m, member, server.password);
    return { page, errors };
  }

  beforeAll(async () => {
    server = await startConsoleServer(lang);
    browser = await launchChromium();
    supervisor = await staff(`supervisor.${lang}`, ['supervisor']);
    dpo = await staff(`dpo.${lang}`, ['data-protection-officer']);
    application = (await server.registrar.api.post('/api/applications', receptionApplication(server.sites.khankendi.id))).body;
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('shows a resident’s correction request in the inbox and applies it, reachable by keyboard', async () => {
    const reference = (await server.registrar.api.get(`/api/applications/${application.id}`)).body.reference as string;
    const resident = await followAs(server.t, reference, '1961-03-14');
    expect((await resident.post('/api/portal/rights/corrections', { field: 'familyName', value: 'Հովհաննիսյանց', comment: 'My passport has the older spelling' })).status).toBe(201);

    const { page, errors } = await open(supervisor);
    await page.getByRole('link', { name: m['nav.corrections'] }).click();
    await page.getByRole('heading', { level: 1, name: m['nav.corrections'] }).waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Հովհաննիսյանց' });
    expect(await row.textContent()).toContain('Հովհաննիսյան');
    await checkPage(page, folder, '01-corrections');

    await tabTo(page, { text: m['corrections.apply'] });
    await page.keyboard.press('Enter');
    const dialog = page.getByRole('dialog', { name: m['corrections.apply'] });
    await dialog.getByLabel(m['corrections.note']).fill('Seen the passport');
    await checkPage(page, folder, '02-correction-dialog');
    await dialog.getByRole('button', { name: m['corrections.apply'] }).click();
    await page.getByRole('status').filter({ hasText: m['corrections.applied'].replace('{field}', m['person.familyName']) }).waitFor();
    await page.getByText(m['corrections.none']).waitFor();

    const applied = (await supervisor.api.get('/api/corrections?state=applied')).body.items as { state: string; resolutionNote: string }[];
    expect(applied).toMatchObject([{ state: 'applied', resolutionNote: 'Seen the passport' }]);
    expect((await server.registrar.api.get(`/api/applications/${application.id}`)).body.applicant.familyName.value).toBe('Հովհաննիսյանց');
    expect(errors).toEqual([]);
  }, 120_000);

  it('lets one officer ask for an export, another approve it, and the first download it', async () => {
    const asker = await open(supervisor);
    const sup = asker.page;
    await sup.getByRole('link', { name: m['nav.exports'] }).click();
    await sup.getByText(m['exports.none']).waitFor();
    await sup.getByLabel(m['exports.recipient']).fill('ICRC delegation, Lachin');
    await sup.getByLabel(m['exports.purpose']).selectOption('service-delivery');
    await sup.getByRole('button', { name: m['exports.request.submit'] }).click();
    expect(await sup.locator('fieldset.field--invalid .field__error').textContent()).toBeTruthy();
    await sup.getByLabel(m['exports.purpose']).selectOption('service-delivery');
    for (const column of ['export.column.reference', 'person.givenName', 'person.familyName'] as const) await sup.getByLabel(m[column], { exact: true }).check();
    await checkPage(sup, folder, '03-export-request');
    await sup.getByRole('button', { name: m['exports.request.submit'] }).click();
    await sup.getByRole('status').filter({ hasText: m['exports.requested'] }).waitFor();
    const row = sup.getByRole('row').filter({ hasText: 'ICRC delegation, Lachin' });
    expect(await row.textContent()).toContain(m['export.state.requested']);
    expect(await row.getByRole('button').count()).toBe(0);

    const approver = await open(dpo);
    const off = approver.page;
    await off.getByRole('link', { name: m['nav.exports'] }).click();
    await off.getByRole('button', { name: m['exports.approve'] }).click();
    const dialog = off.getByRole('dialog', { name: m['exports.approve'] });
    await dialog.getByLabel(m['exports.note']).fill('Agreement 2026/4');
    await checkPage(off, folder, '04-export-approve');
    await dialog.getByRole('button', { name: m['exports.approve'] }).click();
    await off.getByRole('status').filter({ hasText: m['exports.approved'] }).waitFor();
    expect(await off.getByRole('link', { name: m['exports.download'] }).count()).toBe(0);
    await checkPage(off, folder, '05-exports-dpo');

    await sup.reload();
    const download = sup.getByRole('link', { name: m['exports.download'] });
    await download.waitFor();
    await checkPage(sup, folder, '06-export-approved');
    const file = await sup.request.get(`${server.t.url}${await download.getAttribute('href')}`);
    expect(file.status()).toBe(200);
    const [header, ...lines] = (await file.text()).trim().split('\r\n');
    expect(header).toBe('reference,givenName,familyName');
    expect(lines.some((l) => l.endsWith(',Հովհաննիսյանց'))).toBe(true);
    // The browser logs the refusal of the request without columns, which this test asked for; nothing else.
    expect(asker.errors.filter((e) => !/status of 400 .*\/api\/exports$/.test(e))).toEqual([]);
    expect(approver.errors).toEqual([]);
  }, 180_000);

  it('refuses an erasure while a legal hold stands, saying so, and erases once it is lifted', async () => {
    const other = receptionApplication(server.sites.khankendi.id, {
      applicant: applicant({ givenName: 'Մարիամ', familyName: 'Կարապետյան', birthDate: '1990-09-09', phones: ['+374 97 909090'], documents: [] }),
    });
    const personId = ((await server.registrar.api.post('/api/applications', other)).body as { applicantId: string }).applicantId;

    const { page, errors } = await open(dpo);
    await page.getByRole('link', { name: m['nav.erasures'] }).click();
    await page.getByText(m['erasures.none']).waitFor();
    await page.getByLabel(m['erasures.personId']).fill(personId);
    await page.getByRole('button', { name: m['erasures.openPerson'] }).click();
    await page.getByRole('heading', { level: 1, name: m['personRights.title'].replace('{id}', personId) }).waitFor();
    await page.getByText(m['holds.none']).waitFor();
    await checkPage(page, folder, '07-person-rights');

    await page.getByLabel(m['holds.newReason']).fill('Court case 12/2026');
    await page.getByRole('button', { name: m['holds.place'] }).click();
    await page.getByRole('cell', { name: 'Court case 12/2026' }).waitFor();

    await page.getByRole('button', { name: m['erase.title'] }).click();
    const dialog = page.getByRole('dialog', { name: m['erase.title'] });
    await dialog.getByRole('button', { name: m['erase.confirm'] }).click();
    await dialog.getByText(m['erase.reasonNeeded']).waitFor();
    await dialog.getByLabel(m['erasures.reason']).selectOption('resident-request');
    await dialog.getByLabel(m['erase.note']).fill('Request 2026/77');
    await dialog.getByRole('button', { name: m['erase.confirm'] }).click();
    await dialog.getByRole('alert').filter({ hasText: m['rights.problem.legal-hold'] }).waitFor();
    await checkPage(page, folder, '08-erasure-refused');
    await dialog.getByRole('button', { name: m['common.cancel'] }).click();

    await page.getByRole('button', { name: m['holds.lift'] }).click();
    await page.getByRole('cell', { name: m['holds.liftedAt'].replace(' {at}', '') }).waitFor();
    await page.getByRole('button', { name: m['erase.title'] }).click();
    await dialog.getByLabel(m['erasures.reason']).selectOption('resident-request');
    await dialog.getByLabel(m['erase.note']).fill('Request 2026/77');
    await dialog.getByRole('button', { name: m['erase.confirm'] }).click();
    await page.getByRole('status').filter({ hasText: format(m['erase.done'], lang, { people: 1, applications: 1 }) }).waitFor();
    await checkPage(page, folder, '09-erased');

    await page.getByRole('link', { name: m['personRights.back'] }).click();
    const row = page.getByRole('row').filter({ hasText: m['erasure.reason.resident-request'] });
    await row.waitFor();
    expect(await row.textContent()).toContain('Request 2026/77');
    await checkPage(page, folder, '10-erasures');
    expect((await dpo.api.get('/api/erasures')).body.items).toMatchObject([{ reason: 'resident-request', people: 1, applications: 1 }]);
    // The browser logs the refusal under the hold, which this test asked for; nothing else.
    expect(errors.filter((e) => !/status of 409 .*\/erasure$/.test(e))).toEqual([]);
  }, 120_000);

  it('lists a resident’s own erasure request and refuses it with a reason the resident reads', async () => {
    const asking = receptionApplication(server.sites.khankendi.id, {
      applicant: applicant({ givenName: 'Նարե', familyName: 'Սարգսյան', birthDate: '1985-01-01', phones: ['+374 97 858585'], documents: [] }),
    });
    const created = (await server.registrar.api.post('/api/applications', asking)).body as { id: string; applicantId: string };
    const reference = (await server.registrar.api.get(`/api/applications/${created.id}`)).body.reference as string;
    const resident = await followAs(server.t, reference, '1985-01-01');
    expect((await resident.post('/api/portal/rights/erasure', {})).status).toBe(201);

    const { page, errors } = await open(dpo);
    await page.getByRole('link', { name: m['nav.erasures'] }).click();
    const row = page.getByRole('row').filter({ hasText: created.applicantId });
    await row.waitFor();
    expect(await row.getByRole('link', { name: m['erasureRequests.open'] }).getAttribute('href')).toBe(`/rights/people/${created.applicantId}`);
    await checkPage(page, folder, '11-erasure-requests');
    await row.getByRole('button', { name: m['erasureRequests.refuse'] }).click();
    const dialog = page.getByRole('dialog', { name: m['erasureRequests.refuse'] });
    await dialog.getByText(m['erasureRequests.what'].replace('{id}', created.applicantId)).waitFor();
    await dialog.getByLabel(m['erasureRequests.refuse.note']).fill('Kept while the court case 3/2026 runs');
    await dialog.getByRole('button', { name: m['erasureRequests.refuse'] }).click();
    await page.getByRole('status').filter({ hasText: m['erasureRequests.refused'] }).waitFor();
    await page.getByText(m['erasureRequests.none']).waitFor();
    await checkPage(page, folder, '12-erasure-request-refused');
    expect((await resident.get('/api/portal/rights/erasure')).body.items).toMatchObject([{ state: 'refused', decisionNote: 'Kept while the court case 3/2026 runs' }]);
    expect(errors).toEqual([]);
  }, 120_000);
});
