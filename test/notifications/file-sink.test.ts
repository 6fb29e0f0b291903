import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderNotification } from '../../src/notifications/core/templates.js';
import { signedInStaff } from '../support/client.js';
import { applicant, receptionApplication, seedSites } from '../support/fixtures.js';
import { fileSinkOf, startTestApp, type TestApp } from '../support/harness.js';
import { storeKinds } from '../support/stores.js';
import { workerFor } from '../support/worker.js';

describe.each(storeKinds)('with no SMTP relay or SMS gateway configured (%s)', (kind) => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp(kind);
  });
  afterAll(() => t?.close());

  it('writes every message, SMS and e-mail alike, to notifications.jsonl in the data folder', async () => {
    const officeId = (await seedSites(t)).khankendi.id;
    const registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], officeId);
    const bySms = await registrar.post('/api/applications', receptionApplication(officeId, { applicant: applicant({ language: 'az', phones: ['050 123 45 67'] }) }));
    const byMail = await registrar.post(
      '/api/applications',
      receptionApplication(officeId, { applicant: applicant({ language: 'en', phones: [], email: 'aram@example.org' }) }),
    );
    expect(fs.existsSync(fileSinkOf(t))).toBe(false);

    expect(await workerFor(t).drain()).toBe(2);

    const lines = fs.readFileSync(fileSinkOf(t), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines).toEqual([
      expect.objectContaining({
        channel: 'sms', to: '+994501234567', language: 'az',
        text: renderNotification('received', 'az', { reference: bySms.body.reference }).text,
      }),
      expect.objectContaining({
        channel: 'email', to: 'aram@example.org', language: 'en',
        subject: renderNotification('received', 'en', { reference: byMail.body.reference }).subject,
        text: renderNotification('received', 'en', { reference: byMail.body.reference }).text,
      }),
    ]);
    const view = await registrar.get(`/api/applications/${bySms.body.id}`);
    expect(view.body.notifications).toEqual([expect.objectContaining({ id: lines[0].id, state: 'sent', attempts: 1 })]);
  });
});
