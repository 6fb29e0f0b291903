import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { systemActor } from '../../src/platform/actor.js';
import { signedInStaff, type ApiClient } from '../support/client.js';
import { seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { storeKinds } from '../support/stores.js';
import { editChange, enrolDevice, registerChange, syncBatch, type TestDevice } from './support.js';

/** A household member as the registration form sends one: name, date of birth, relationship. */
const spouse = { givenName: 'Լիլիթ', familyName: 'Հովհաննիսյան', birthDate: '1963-08-02', language: 'hy', relationship: 'spouse' };

/**
 * Corrections of household members from outreach devices: taken onto the device with their
 * applicant, and merged field by field like the applicant's, with the same conflicts.
 */
describe.each(storeKinds)('outreach corrections of household members (%s)', (kind) => {
  let t: TestApp;
  let worker: ApiClient;
  let supervisor: ApiClient;
  let shushaWorker: ApiClient;
  let device: TestDevice;
  let second: TestDevice;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const sites = await seedSites(t);
    worker = await signedInStaff(t, 'outreach.household', ['outreach-worker'], sites.khankendi.id);
    supervisor = await signedInStaff(t, 'supervisor', ['supervisor']);
    shushaWorker = await signedInStaff(t, 'outreach.shusha', ['outreach-worker'], sites.shusha.id);
    device = await enrolDevice(worker, sites.outreach.id);
    second = await enrolDevice(worker, sites.outreach.id, 'second');
  });
  afterAll(() => t?.close());

  /** A family registered from the device, then taken onto it for a visit. */
  async function visited() {
    const { body } = await syncBatch(device, [registerChange(device, { household: [spouse] })]);
    const { id, reference } = body.results[0].application;
    const visit = await worker.get(`/api/outreach/devices/${device.id}/people/${reference}`);
    expect(visit.status, JSON.stringify(visit.body)).toBe(200);
    return { applicationId: id as string, visit: visit.body };
  }

  it('takes the household onto the device with the applicant, each with the fields and version to correct from', async () => {
    const { visit } = await visited();
    expect(visit.household).toEqual([
      expect.objectContaining({ relationship: 'spouse', version: expect.any(Number), fields: expect.objectContaining({ givenName: spouse.givenName, birthDate: spouse.birthDate }) }),
    ]);
    expect(visit.household[0].personId).not.toBe(visit.personId);
  });

  it('merges a member’s fields changed on two devices, and flags the same field changed on both', async () => {
    const { applicationId, visit } = await visited();
    const { personId, version } = visit.household[0];
    const a = await syncBatch(device, [editChange(personId, version, { givenName: 'Լիլիա' })]);
    const b = await syncBatch(second, [editChange(personId, version, { familyName: 'Սարգսյան' })]);
    expect(a.body.results[0]).toMatchObject({ outcome: 'accepted', merged: ['givenName'], conflicts: [] });
    expect(b.body.results[0]).toMatchObject({ outcome: 'accepted', merged: ['familyName'], conflicts: [] });

    const onA = await syncBatch(device, [editChange(personId, version, { birthDate: '1963-08-12' })]);
    const onB = await syncBatch(second, [editChange(personId, version, { birthDate: '1964-08-02' })]);
    expect(onA.body.results[0].merged).toEqual(['birthDate']);
    expect(onB.body.results[0]).toMatchObject({ outcome: 'accepted', merged: [], conflicts: [{ field: 'birthDate' }] });
    const inbox = await supervisor.get('/api/outreach/conflicts');
    expect(inbox.body.items).toContainEqual(
      expect.objectContaining({ personId, field: 'birthDate', current: expect.objectContaining({ value: '1963-08-12' }), proposed: expect.objectContaining({ value: '1964-08-02' }) }),
    );

    const { household } = (await supervisor.get(`/api/applications/${applicationId}`)).body;
    const member = household.members.find((m: { person: { id: string } }) => m.person.id === personId).person;
    expect([member.givenName.value, member.familyName.value, member.birthDate]).toEqual(['Լիլիա', 'Սարգսյան', '1963-08-12']);
  });

  it('refuses corrections of a member outside the worker’s office as if they did not exist', async () => {
    const { visit } = await visited();
    const offices = t.runtime.services.offices;
    const shusha = await offices.createOutreachEvent(systemActor, { code: 'OUT-SHU-2', officeId: (await offices.officeByCode('SHU'))!.id, placeId: 'S003', startsOn: '2026-01-10', endsOn: '2026-12-31' });
    const elsewhere = await enrolDevice(shushaWorker, shusha.id, 'shusha');
    const res = await syncBatch(elsewhere, [editChange(visit.household[0].personId, visit.household[0].version, { givenName: 'Other' })]);
    expect(res.body.results[0]).toMatchObject({ outcome: 'rejected', problem: { errors: [expect.objectContaining({ pointer: '/data/personId', rule: 'outreach.person-unknown' })] } });
  });
});
