import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/actor.js';
import { signedInStaff, type ApiClient } from '../support/client.js';
import { recordCounts } from '../support/counts.js';
import { applicant, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';
import { editChange, enrolDevice, registerChange, syncBatch, type TestDevice } from './support.js';

describe.each(storeKinds)('outreach sync (%s)', (kind) => {
  let t: TestApp;
  let worker: ApiClient;
  let supervisor: ApiClient;
  let eventId: string;
  let device: TestDevice;
  let shushaWorker: ApiClient;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const sites = await seedSites(t);
    eventId = sites.outreach.id;
    worker = await signedInStaff(t, 'outreach.one', ['outreach-worker'], sites.khankendi.id);
    supervisor = await signedInStaff(t, 'supervisor', ['supervisor']);
    shushaWorker = await signedInStaff(t, 'outreach.shusha', ['outreach-worker'], sites.shusha.id);
    device = await enrolDevice(worker, eventId);
  });
  afterAll(() => t?.close());

  it('enrols a device with a secret and a block of distinct, valid reference numbers', async () => {
    const other = await enrolDevice(worker, eventId, 'phone');
    expect(other.references.length).toBeGreaterThanOrEqual(400);
    expect(new Set([...device.references, ...other.references]).size).toBe(device.references.length + other.references.length);
    for (const r of other.references.slice(0, 20)) expect(r).toMatch(/^[2-9A-Z]{3}-[2-9A-Z]{3}-[2-9A-Z]{3}$/);
    const unlock = await worker.post(`/api/outreach/devices/${other.id}/unlock`);
    expect(unlock.status).toBe(200);
    expect(unlock.body.unlockSecret).toMatch(/^[\w-]{40,}$/);
  });

  it('a batch sent twice registers each person once and answers the same both times, in order', async () => {
    const changes = [registerChange(device), registerChange(device), registerChange(device)];
    const before = await recordCounts(t);
    const first = await syncBatch(device, changes);
    expect(first.status, JSON.stringify(first.body)).toBe(200);
    expect(first.body.results.map((r: { changeId: string }) => r.changeId)).toEqual(changes.map((c) => c.changeId));
    expect(first.body.results.every((r: { outcome: string }) => r.outcome === 'accepted')).toBe(true);
    expect(first.body.results.map((r: { application: { reference: string } }) => r.application.reference)).toEqual(changes.map((c) => c.data.reference));

    const again = await Promise.all([syncBatch(device, changes), syncBatch(device, [changes[1]])]);
    expect(again[0].body.results).toEqual(first.body.results);
    expect(again[1].body.results).toEqual([first.body.results[1]]);
    const after = await recordCounts(t);
    expect(after.applications - before.applications).toBe(3);
    expect(after.people - before.people).toBe(3);

    const app = await supervisor.get(`/api/applications/${first.body.results[0].application.id}`);
    expect(app.body).toMatchObject({ channel: 'outreach', outreachEventId: eventId, reference: changes[0]!.data.reference });
    const needs = await supervisor.get(`/api/people/${first.body.results[0].application.applicantId}/special-categories`);
    expect(needs.body.needs).toMatchObject({ livesAlone: true });
    expect(needs.body.disability.kinds).toEqual(['other']);
  });

  it('rejects a bad item with its field and rule, and goes on with the rest', async () => {
    const good = registerChange(device);
    const badDate = registerChange(device, { applicant: applicant({ birthDate: '14.03.1961' }) });
    const foreign = registerChange(device, { reference: 'K7M-4XT-9PR' });
    const { body } = await syncBatch(device, [badDate, foreign, good]);
    expect(body.results.map((r: { outcome: string }) => r.outcome)).toEqual(['rejected', 'rejected', 'accepted']);
    expect(body.results[0].problem.errors).toContainEqual(expect.objectContaining({ pointer: '/changes/0/data/applicant/birthDate', rule: 'format', message: expect.any(String) }));
    expect(body.results[1].problem.errors).toContainEqual(expect.objectContaining({ pointer: '/data/reference', rule: 'outreach.reference-not-issued' }));
  });

  it('merges edits of different fields from two devices, and flags the same field changed on both as a conflict a supervisor resolves', async () => {
    const second = await enrolDevice(worker, eventId, 'second');
    const { body } = await syncBatch(device, [registerChange(device)]);
    const { id: applicationId, applicantId, applicantVersion } = body.results[0].application;

    const a = await syncBatch(device, [editChange(applicantId, applicantVersion, { givenName: 'Արամայիս' })]);
    const b = await syncBatch(second, [editChange(applicantId, applicantVersion, { familyName: 'Հովսեփյան' })]);
    expect(a.body.results[0]).toMatchObject({ outcome: 'accepted', merged: ['givenName'], conflicts: [] });
    expect(b.body.results[0]).toMatchObject({ outcome: 'accepted', merged: ['familyName'], conflicts: [] });

    const onA = await syncBatch(device, [editChange(applicantId, applicantVersion, { email: 'a@example.org' })]);
    const onB = await syncBatch(second, [editChange(applicantId, applicantVersion, { email: 'b@example.org' })]);
    expect(onA.body.results[0].merged).toEqual(['email']);
    expect(onB.body.results[0]).toMatchObject({ outcome: 'accepted', merged: [] });
    const [conflict] = onB.body.results[0].conflicts;

    const inbox = await supervisor.get('/api/outreach/conflicts');
    const item = inbox.body.items.find((c: { id: string }) => c.id === conflict.id);
    expect(item).toMatchObject({ personId: applicantId, field: 'email', current: { value: 'a@example.org' }, proposed: { value: 'b@example.org' }, state: 'open' });
    expect(item.current.author).toContain(device.id);
    expect(item.proposed.author).toContain(second.id);

    const person = async () => (await supervisor.get(`/api/applications/${applicationId}`)).body.applicant;
    expect((await person()).email).toBe('a@example.org');
    expect((await person()).givenName.value).toBe('Արամայիս');
    expect((await person()).familyName.value).toBe('Հովսեփյան');

    const resolved = await supervisor.post(`/api/outreach/conflicts/${encodeURIComponent(conflict.id)}/resolve`, { choose: 'proposed' });
    expect(resolved.status, JSON.stringify(resolved.body)).toBe(200);
    expect((await person()).email).toBe('b@example.org');
    expectProblem(await supervisor.post(`/api/outreach/conflicts/${encodeURIComponent(conflict.id)}/resolve`, { choose: 'current' }), 409, 'conflict');
    expectProblem(await worker.get('/api/outreach/conflicts'), 403, 'forbidden');
  });

  it('refuses corrections of people outside the worker’s office as if they did not exist', async () => {
    const { body } = await syncBatch(device, [registerChange(device)]);
    const { applicantId, applicantVersion } = body.results[0].application;
    const shusha = await t.runtime.services.offices.createOutreachEvent(systemActor, { code: 'OUT-SHU-1', officeId: (await t.runtime.services.offices.officeByCode('SHU'))!.id, placeId: 'S003', startsOn: '2026-01-10', endsOn: '2026-12-31' });
    const elsewhere = await enrolDevice(shushaWorker, shusha.id, 'shusha');
    const res = await syncBatch(elsewhere, [editChange(applicantId, applicantVersion, { givenName: 'Other' })]);
    expect(res.body.results[0]).toMatchObject({ outcome: 'rejected', problem: { errors: [expect.objectContaining({ pointer: '/data/personId', rule: 'outreach.person-unknown' })] } });
    expect((await shushaWorker.get(`/api/outreach/devices/${elsewhere.id}/people/${body.results[0].application.reference}`)).status).toBe(404);
  });

  it('a wiped device is refused, and learns it at its next contact without a session', async () => {
    const lost = await enrolDevice(worker, eventId, 'lost');
    const wipe = await supervisor.post(`/api/outreach/devices/${lost.id}/wipe`);
    expect(wipe.status).toBe(200);
    expect(wipe.body.wipedAt).toEqual(expect.any(String));
    const anonymous = await fetch(`${t.url}/api/outreach/devices/${lost.id}/status`);
    expect(await anonymous.json()).toMatchObject({ wiped: true, maxOfflineHours: 72 });
    expectProblem(await syncBatch(lost, [registerChange(lost)]), 410, 'gone');
    expectProblem(await worker.post(`/api/outreach/devices/${lost.id}/unlock`), 410, 'gone');
    expect((await (await fetch(`${t.url}/api/outreach/devices/${device.id}/status`)).json()).wiped).toBe(false);
  });

  it('gives a device hashed match keys of its office’s people, never names', async () => {
    const res = await worker.get(`/api/outreach/devices/${device.id}/match-keys`);
    expect(res.status).toBe(200);
    expect(res.body.count).toBeGreaterThan(0);
    for (const k of res.body.keys) expect(k).toMatch(/^[\w-]{16}$/);
    expect(JSON.stringify(res.body)).not.toMatch(/Արամ|Հովհաննիսյան/);
  });
});
