import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { resetUserFactors } from '../../src/cli/user.js';
import { notificationCatalogues, renderNotification } from '../../src/notifications/core/templates.js';
import { locales } from '../../src/platform/i18n/locale.js';
import { ManualClock } from '../../src/platform/clock.js';
import { ApiClient, enrolApp, signedInStaff, testPassword } from '../support/client.js';
import { fileSinkOf, startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem, fieldErrors } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';
import { workerFor } from '../support/worker.js';

describe('the factor-reset message', () => {
  it('tells the staff member in each of the four languages, and says what to do if they did not ask', () => {
    const texts = new Set<string>();
    for (const locale of locales) {
      const { subject, text } = renderNotification('factors-reset', locale, {});
      expect(subject).toBe(notificationCatalogues.subjects['factors-reset'][locale]);
      expect(text).toMatch(/^Homeward/);
      expect(text).not.toMatch(/[{}]/);
      texts.add(text);
    }
    expect(texts.size).toBe(locales.length);
  });
});

describe.each(storeKinds)('an administrator resets a user’s second factors (%s)', (kind) => {
  let t: TestApp;
  let admin: ApiClient;
  let adminId: string;
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');

  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    admin = await signedInStaff(t, 'admin.one', ['administrator']);
    adminId = (await admin.get('/api/session')).body.user.id;
  });
  afterAll(() => t?.close());

  /** A reviewer with an app and recovery codes, given an e-mail address (or not) by the administrator. */
  async function reviewer(username: string, email: string | null, language = 'hy') {
    const staff = await signedInStaff(t, username, ['reviewer']);
    const user = (await staff.get('/api/session')).body.user;
    const patch = await admin.request('PATCH', `/api/users/${user.id}`, { body: { email, language }, headers: { 'if-match': `"${user.version}"` } });
    expect(patch.status).toBe(200);
    return { staff, id: user.id as string };
  }

  it('removes their factors and recovery codes, ends their sessions, audits it and queues an e-mail in their language', async () => {
    const { staff, id } = await reviewer('lost.phone', 'lost.phone@example.org');
    const res = await admin.post(`/api/users/${id}/factor-reset`);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ id, secondFactors: [], email: 'lost.phone@example.org' });
    expectProblem(await staff.get('/api/session'), 401, 'unauthenticated');

    const { db } = t.runtime.deps.store;
    const entry = await db.selectFrom('audit_entries').selectAll().where('action', '=', 'factors.reset').where('record_id', '=', id).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_id: adminId, actor_role: 'administrator', record_type: 'user' });
    expect(JSON.parse(entry.detail)).toEqual({ notified: true });
    expect(await db.selectFrom('staff_factors').selectAll().where('user_id', '=', id).execute()).toEqual([]);
    expect(await db.selectFrom('recovery_codes').selectAll().where('user_id', '=', id).execute()).toEqual([]);

    const queued = await t.runtime.services.notifications.forSubject('user', id);
    expect(queued).toEqual([expect.objectContaining({ event: 'factors-reset', channel: 'email', language: 'hy', state: 'pending' })]);
    expect(await workerFor(t).drain()).toBe(1);
    const sent = fs.readFileSync(fileSinkOf(t), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(sent).toEqual([expect.objectContaining({ channel: 'email', to: 'lost.phone@example.org', language: 'hy', ...renderNotification('factors-reset', 'hy', {}) })]);
  });

  it('makes them enrol again at the next sign-in: the old app and recovery codes no longer work', async () => {
    const { staff, id } = await reviewer('new.phone', 'new.phone@example.org');
    const oldCodes = staff.recoveryCodes;
    expect((await admin.post(`/api/users/${id}/factor-reset`)).status).toBe(200);

    const client = new ApiClient(t.url);
    const signIn = await client.post('/api/session', { username: 'new.phone', password: testPassword });
    expect(signIn.body).toMatchObject({ stage: 'enrol', methods: [], user: { secondFactors: [] } });
    expectProblem(await client.get('/api/applications'), 403, 'forbidden');
    expectProblem(await client.post('/api/session/recovery-code', { code: oldCodes[0] }), 409, 'conflict');

    const enrolled = await enrolApp(client, clock);
    expect(enrolled.body).toMatchObject({ stage: 'ready', user: { secondFactors: ['totp'] } });
    expect(enrolled.body.recoveryCodes).toHaveLength(10);
    expect((await client.get('/api/applications')).status).toBe(200);

    const withOldCode = new ApiClient(t.url);
    await withOldCode.post('/api/session', { username: 'new.phone', password: testPassword });
    expect(fieldErrors(await withOldCode.post('/api/session/recovery-code', { code: oldCodes[1] }))).toEqual([{ pointer: '/code', rule: 'recovery-code.invalid' }]);
  });

  it('queues no message for a user without an e-mail address, and says so in the audit entry', async () => {
    const { id } = await reviewer('no.mail', null);
    expect((await admin.post(`/api/users/${id}/factor-reset`)).status).toBe(200);
    expect(await t.runtime.services.notifications.forSubject('user', id)).toEqual([]);
    const entry = await t.runtime.deps.store.db.selectFrom('audit_entries').select('detail').where('action', '=', 'factors.reset').where('record_id', '=', id).executeTakeFirstOrThrow();
    expect(JSON.parse(entry.detail)).toEqual({ notified: false });
  });

  it('is for administrators only, and names an unknown user', async () => {
    const { id } = await reviewer('not.an.admin', null);
    const supervisor = await signedInStaff(t, 'a.supervisor', ['supervisor']);
    expectProblem(await supervisor.post(`/api/users/${id}/factor-reset`), 403, 'forbidden');
    expectProblem(await admin.post('/api/users/no-such-user/factor-reset'), 404, 'not-found');
  });

  it('can be done from the command line: npx homeward user reset-factors NAME', async () => {
    const { staff, id } = await reviewer('cli.reset', 'cli.reset@example.org');
    const printed: string[] = [];
    const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => printed.push(String(chunk)) > 0);
    try {
      await resetUserFactors(t.config, 'cli.reset');
    } finally {
      write.mockRestore();
    }
    expect(printed.join('')).toMatch(/cli\.reset.*reset.*e-mail/s);
    expectProblem(await staff.get('/api/session'), 401, 'unauthenticated');
    const entry = await t.runtime.deps.store.db.selectFrom('audit_entries').selectAll().where('action', '=', 'factors.reset').where('record_id', '=', id).executeTakeFirstOrThrow();
    expect(entry).toMatchObject({ actor_id: null, actor_role: 'system' });
    await expect(resetUserFactors(t.config, 'nobody.here')).rejects.toThrow(/No user nobody\.here/);
  });
});
