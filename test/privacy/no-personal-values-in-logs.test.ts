import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { signedInStaff, ApiClient } from '../support/client.js';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.js';
import { seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { storeKinds } from '../support/stores.js';
import { workerFor } from '../support/worker.js';

/** Values no log line may contain: each appears nowhere but in what residents told us. */
const canary = {
  givenName: 'Qzvgivenname',
  patronymic: 'Ծխկանարյա',
  familyName: 'Кзвфамилия',
  memberName: 'Qzvmembername',
  birthPlace: 'Qzvvillage',
  phoneRaw: '097 55 81 37',
  phoneE164: '+37497558137',
  refusedPhone: '+37497558138',
  email: 'qzv.canary@example.org',
  documentRaw: 'qz 7654321',
  documentNormalised: 'QZ7654321',
  comment: 'Qzvcomment about the applicant’s illness',
  password: 'Qzvpassword that is wrong',
};

describe.each(storeKinds)('logs carry no personal values (%s)', (kind) => {
  let t: TestApp;
  let gateway: FakeSmsGateway;

  beforeAll(async () => {
    gateway = await startFakeSmsGateway();
    gateway.script(canary.refusedPhone, [400]);
    t = await startTestApp(kind, { env: { HOMEWARD_LOG_LEVEL: 'trace', HOMEWARD_SMS_GATEWAY_URL: gateway.url } });
  });
  afterAll(async () => {
    await t?.close();
    await gateway?.close();
  });

  it('even at trace level, through intake, review, errors and a dead-lettered message', async () => {
    const officeId = (await seedSites(t)).khankendi.id;
    const registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], officeId);
    const reviewer = await signedInStaff(t, 'reviewer', ['reviewer']);
    const person = {
      givenName: canary.givenName,
      patronymic: canary.patronymic,
      familyName: canary.familyName,
      birthDate: '1961-03-14',
      birthPlace: { text: canary.birthPlace },
      phones: [canary.phoneRaw],
      email: canary.email,
      documents: [{ type: 'am-passport', number: canary.documentRaw }],
      language: 'hy',
    };
    const application = (body: object) => ({
      channel: 'reception',
      officeId,
      applicant: person,
      declarations: { wishesToReside: true, wishesCitizenship: true },
      informationNotice: { version: '2026-01', language: 'hy', mode: 'spoken' },
      ...body,
    });

    const created = await registrar.post('/api/applications', application({ household: [{ ...person, givenName: canary.memberName, relationship: 'child' }] }));
    expect(created.status, JSON.stringify(created.body)).toBe(201);
    const id = created.body.id as string;
    const review = await reviewer.post(`/api/applications/${id}/start-review`, {}, { 'if-match': '"2"' });
    await reviewer.post(`/api/applications/${id}/request-information`, { comment: canary.comment }, { 'if-match': `"${review.body.version}"` });
    await reviewer.get(`/api/applications/${id}`);
    await registrar.post('/api/applications', application({ applicant: { ...person, phones: [canary.refusedPhone] } }));

    // Errors that carry the values back at the server.
    await registrar.post('/api/applications', application({ applicant: { ...person, birthDate: '1990-02-31', phones: [`${canary.givenName} 12`] } }));
    await registrar.request('POST', '/api/applications', { raw: `{"applicant": {"givenName": "${canary.givenName}", `, headers: { 'content-type': 'application/json' } });
    await registrar.get(`/api/applications/${encodeURIComponent(canary.familyName)}`);
    await registrar.get(`/api/applications?officeId=${encodeURIComponent(canary.email)}&colour=${canary.givenName}`);
    await new ApiClient(t.url).get(`/api/places?q=${encodeURIComponent(canary.birthPlace)}`);
    await new ApiClient(t.url).get(`/api/nowhere/${canary.documentNormalised}`);
    await new ApiClient(t.url).post('/api/session', { username: 'registrar.khk', password: canary.password });

    await workerFor(t).drain();
    expect(gateway.to(canary.phoneE164).length).toBeGreaterThan(0);
    expect(gateway.to(canary.refusedPhone)).toHaveLength(1);

    const logs = t.logs.join('\n');
    expect(logs).toContain('notification dead-lettered');
    for (const [name, value] of Object.entries(canary)) {
      for (const form of new Set([value, value.toLowerCase(), JSON.stringify(value).slice(1, -1), encodeURIComponent(value)])) {
        expect(logs.includes(form), `${name} (${form}) appears in the logs`).toBe(false);
      }
    }
  });
});
