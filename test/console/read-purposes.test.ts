import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { intlTag } from '../../src/platform/i18n/locale.js';
import { signedInStaff } from '../support/client.js';
import { receptionApplication } from '../support/fixtures.js';
import { followAs } from '../portal/support.js';
import { announceSkip, browserUnavailableReason, collectPageErrors, launchChromium } from './support/browser.js';
import { messages, sameManTwice, startConsoleServer, type ConsoleServer } from './support/console-app.js';
import { signIn, type StaffMember } from './support/pages.js';

const unavailable = browserUnavailableReason();
if (unavailable) announceSkip('console read purposes', unavailable);

const lang = 'en';
const m = messages[lang];

/**
 * Every read the console makes names the purpose of the screen it is made from, and the audit
 * trail records that purpose: a supervisor (who has several) reads duplicates for supervision, a
 * resident's correction for the resident's request, an application for registration — where the
 * server alone would have assumed registration for all three.
 */
describe.skipIf(unavailable !== undefined)('the purpose of a console read, as audited', () => {
  let server: ConsoleServer;
  let browser: Browser;
  let page: Page;
  let errors: string[];
  let supervisor: StaffMember;
  let supervisorId: string;
  let applicationId: string;

  beforeAll(async () => {
    server = await startConsoleServer(lang);
    browser = await launchChromium();
    await sameManTwice(server);
    const application = (await server.registrar.api.post('/api/applications', receptionApplication(server.sites.khankendi.id))).body;
    applicationId = application.id;
    const resident = await followAs(server.t, application.reference, '1961-03-14');
    expect((await resident.post('/api/portal/rights/corrections', { field: 'familyName', value: 'Հովհաննիսյանց', comment: 'As in my passport' })).status).toBe(201);

    const api = await signedInStaff(server.t, 'supervisor.purposes', ['supervisor']);
    await api.request('PUT', '/api/session/preferences', { body: { language: lang } });
    supervisor = { username: 'supervisor.purposes', api };
    supervisorId = (await server.t.runtime.deps.store.db.selectFrom('users').select('id').where('username', '=', supervisor.username).executeTakeFirstOrThrow()).id;
    const context = await browser.newContext({ locale: intlTag[lang], viewport: { width: 1280, height: 900 } });
    page = await context.newPage();
    errors = collectPageErrors(page);
    await signIn(page, server.t.url, m, supervisor, server.password);
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** The purposes of the supervisor's reads audited while `show` runs. */
  async function auditedPurposes(show: () => Promise<void>): Promise<string[]> {
    const { db } = server.t.runtime.deps.store;
    const last = async () => Number((await db.selectFrom('audit_entries').select((eb) => eb.fn.max('seq').as('seq')).executeTakeFirstOrThrow()).seq ?? 0);
    // The screen shown before may still be reading (the worklist after sign-in): wait until its
    // reads are all audited, so that only `show`'s reads are counted.
    let before = await last();
    for (;;) {
      await new Promise((resolve) => setTimeout(resolve, 750));
      const now = await last();
      if (now === before) break;
      before = now;
    }
    await show();
    const rows = await db.selectFrom('audit_entries').select('purpose').where('seq', '>', before).where('actor_id', '=', supervisorId).where('action', 'in', ['read', 'list']).execute();
    expect(rows.length).toBeGreaterThan(0);
    return [...new Set(rows.map((r) => r.purpose as string))];
  }

  it('reads duplicates for supervision', async () => {
    const purposes = await auditedPurposes(async () => {
      await page.getByRole('link', { name: m['nav.duplicates'], exact: true }).click();
      await page.getByText('Оганесян').first().waitFor();
    });
    expect(purposes).toEqual(['supervision']);
  }, 60_000);

  it('reads a resident’s correction request for that request', async () => {
    const purposes = await auditedPurposes(async () => {
      await page.getByRole('link', { name: m['nav.corrections'] }).click();
      await page.getByRole('row').filter({ hasText: 'Հովհաննիսյանց' }).waitFor();
    });
    expect(purposes).toEqual(['data-subject-request']);
  }, 60_000);

  it('reads an application for registration', async () => {
    const purposes = await auditedPurposes(async () => {
      await page.goto(`${server.t.url}/applications/${applicationId}`);
      await page.getByRole('heading', { level: 1 }).waitFor();
      await page.locator('.timeline, [data-testid=timeline], h2').first().waitFor();
    });
    expect(purposes).toEqual(['registration']);
    expect(errors).toEqual([]);
  }, 60_000);
});
