import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { signedInStaff, type ApiClient } from '../support/client.js';
import { filesUnder } from '../support/dumps.js';
import { applicant, receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';

const day = 24 * 3600_000;

/**
 * Personal-data exports for a partner: four eyes (someone else approves), an allow-list of
 * columns, a file made only on approval and downloadable by the one who asked until it expires,
 * withdrawn when someone in it is erased, and every step in the audit trail.
 */
describe.each(storeKinds)('personal-data exports (%s)', (kind) => {
  let t: TestApp;
  const clock = new ManualClock('2026-04-06T07:00:00.000Z');
  let supervisor: ApiClient;
  let otherSupervisor: ApiClient;
  let dpo: ApiClient;
  let both: ApiClient;
  const people: { id: string; applicantId: string }[] = [];
  const request = {
    recipient: 'ICRC delegation, Lachin',
    purpose: 'service-delivery',
    columns: ['reference', 'givenName', 'familyName', 'phone'],
    days: 7,
  };

  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    const sites = await seedSites(t);
    const registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], sites.khankendi.id);
    supervisor = await signedInStaff(t, 'supervisor', ['supervisor']);
    otherSupervisor = await signedInStaff(t, 'supervisor.two', ['supervisor']);
    dpo = await signedInStaff(t, 'dpo', ['data-protection-officer']);
    both = await signedInStaff(t, 'dpo.and.supervisor', ['supervisor', 'data-protection-officer']);
    for (const person of [{ givenName: 'Karine', familyName: 'Avetisyan' }, { givenName: '=HYPERLINK("http://x")', familyName: 'Babayan', phones: ['+374 97 765432'] }]) {
      people.push((await registrar.post('/api/applications', receptionApplication(sites.khankendi.id, { applicant: applicant(person) }))).body);
    }
  });
  afterAll(() => t?.close());

  const auditActions = async (recordId: string) =>
    (await t.runtime.deps.store.db.selectFrom('audit_entries').select(['action', 'actor_role']).where('record_id', '=', recordId).orderBy('seq').execute()).map(
      (r: { action: string; actor_role: string }) => `${r.actor_role} ${r.action}`,
    );

  it('takes only columns of the allow-list, and only those whose section the asker sees', async () => {
    const res = await supervisor.post('/api/exports', { ...request, columns: ['givenName', 'health'] });
    expectProblem(res, 400, 'validation');
    expect(res.body.errors[0]).toMatchObject({ pointer: '/columns/1', rule: 'one-of' });
  });

  it('refuses the approval of one’s own request, even to someone allowed to approve', async () => {
    const asked = await both.post('/api/exports', request);
    expect(asked.status).toBe(201);
    const res = await both.post(`/api/exports/${asked.body.id}/approve`, {});
    expectProblem(res, 403, 'forbidden');
    expect(res.body.reason).toBe('own-request');
    expect((await both.get(`/api/exports/${asked.body.id}`)).body.state).toBe('requested');
    expectProblem(await supervisor.post(`/api/exports/${asked.body.id}/approve`, {}), 403, 'forbidden');
  });

  it('makes the file on another person’s approval, with exactly the columns asked for, for the asker only', async () => {
    const asked = await supervisor.post('/api/exports', request);
    expect(asked.body).toMatchObject({ state: 'requested', columns: request.columns, expiresAt: null });
    expectProblem(await supervisor.get(`/api/exports/${asked.body.id}/download`), 409, 'conflict');
    const approved = await dpo.post(`/api/exports/${asked.body.id}/approve`, { note: 'Agreement 2026/4' });
    expect(approved.body).toMatchObject({ state: 'approved', rows: 2, decidedRole: 'data-protection-officer', expiresAt: new Date(clock.now().getTime() + 7 * day).toISOString() });

    const file = await supervisor.get(`/api/exports/${asked.body.id}/download`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toMatch(/^text\/csv/);
    const [header, ...lines] = (file.body as string).trim().split('\r\n');
    expect(header).toBe('reference,givenName,familyName,phone');
    expect(lines).toHaveLength(2);
    expect(lines.every((l) => l.split(',').length === 4 || l.includes('"'))).toBe(true);
    expect(file.body).toContain('Avetisyan');
    expect(file.body).toContain(`"'=HYPERLINK(""http://x"")"`);
    expect(file.body).not.toMatch(/1961-03-14|AR1452415/);
    expectProblem(await otherSupervisor.get(`/api/exports/${asked.body.id}/download`), 403, 'forbidden');

    expect(await auditActions(asked.body.id)).toEqual(['supervisor export.request', 'data-protection-officer export.approve', 'supervisor export.download']);
    for (const p of people) expect(await auditActions(p.applicantId)).toContain('supervisor export');
  });

  it('records a refusal, after which there is nothing to download', async () => {
    const asked = await supervisor.post('/api/exports', request);
    expectProblem(await dpo.post(`/api/exports/${asked.body.id}/refuse`, {}), 400, 'validation');
    const refused = await dpo.post(`/api/exports/${asked.body.id}/refuse`, { note: 'No agreement with this partner' });
    expect(refused.body).toMatchObject({ state: 'refused', decisionNote: 'No agreement with this partner' });
    expectProblem(await supervisor.get(`/api/exports/${asked.body.id}/download`), 409, 'conflict');
    expect(await auditActions(asked.body.id)).toEqual(['supervisor export.request', 'data-protection-officer export.refuse']);
  });

  it('withdraws a file holding someone who is then erased', async () => {
    const asked = await supervisor.post('/api/exports', request);
    await dpo.post(`/api/exports/${asked.body.id}/approve`, {});
    const files = filesUnder(t.config.filesDir).length;
    expect((await dpo.post(`/api/people/${people[1]!.applicantId}/erasure`, { reason: 'resident-request' })).status).toBe(200);
    expect((await supervisor.get(`/api/exports/${asked.body.id}`)).body.state).toBe('withdrawn');
    expect(filesUnder(t.config.filesDir)).toHaveLength(files - 2);
    expectProblem(await supervisor.get(`/api/exports/${asked.body.id}/download`), 410, 'gone');
  });

  it('refuses a download after expiry, and the retention job removes the file', async () => {
    const asked = await supervisor.post('/api/exports', { ...request, days: 1 });
    await dpo.post(`/api/exports/${asked.body.id}/approve`, {});
    expect((await supervisor.get(`/api/exports/${asked.body.id}/download`)).body).not.toContain('Babayan');
    clock.advance(day + 1000);
    await supervisor.renew();
    expectProblem(await supervisor.get(`/api/exports/${asked.body.id}/download`), 410, 'gone');
    expect((await t.runtime.services.rights.retention.runOnce()).exportsExpired).toBe(1);
    expect((await supervisor.get(`/api/exports/${asked.body.id}`)).body).toMatchObject({ state: 'expired' });
    expect(filesUnder(t.config.filesDir)).toHaveLength(0);
    expect(await auditActions(asked.body.id)).toEqual(['supervisor export.request', 'data-protection-officer export.approve', 'supervisor export.download', 'system export.expire']);
  });
});
