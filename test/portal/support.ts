import fs from 'node:fs';
import { randomUUID } from 'node:crypto';
import { ApiClient, type ApiResponse } from '../support/client.js';
import { fileSinkOf, type TestApp } from '../support/harness.js';
import { workerFor } from '../support/worker.js';

/** An application as a resident fills it in on the portal: Cyrillic script, a phone, places by id and by name. */
export function portalApplication(overrides: Record<string, unknown> = {}) {
  return {
    id: randomUUID(),
    applicant: {
      givenName: 'Анна',
      familyName: 'Петросян',
      sex: 'female',
      birthDate: '1984-07-02',
      birthPlace: { placeId: 'S001' },
      residence: { text: 'Степанакерт' },
      phones: ['+374 97 555123'],
      email: 'anna@example.org',
      language: 'ru',
      ...(overrides.applicant as object | undefined),
    },
    declarations: { wishesToReside: true, wishesCitizenship: false },
    informationNotice: { version: '2026-01', language: 'ru' },
    ...Object.fromEntries(Object.entries(overrides).filter(([k]) => k !== 'applicant')),
  };
}

/** Applies as the portal does: one Idempotency-Key per draft. */
export function apply(client: ApiClient, body: object, key = `draft-${randomUUID()}`, language = 'en'): Promise<ApiResponse> {
  return client.request('POST', '/api/portal/applications', { body, headers: { 'idempotency-key': key, 'accept-language': language } });
}

/**
 * The one-time code the worker delivered for `reference` to the file sink, the newest one. A
 * server's own worker may have claimed the message and still be delivering it, so the sink is
 * read again for a few seconds.
 */
export async function deliveredCode(t: TestApp, reference: string): Promise<string | undefined> {
  for (let attempt = 0; attempt < 50; attempt++) {
    await workerFor(t).drain();
    const file = fileSinkOf(t);
    const lines = fs.existsSync(file) ? fs.readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { text: string }) : [];
    const found = lines.filter((l) => l.text.includes(reference)).map((l) => /\b(\d{6})\b/.exec(l.text)?.[1]).filter(Boolean);
    if (found.length) return found.at(-1);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return undefined;
}

/** Reference and birth date, then the code from the file sink: a client holding a resident's session. */
export async function followAs(t: TestApp, reference: string, birthDate: string): Promise<ApiClient> {
  const client = new ApiClient(t.url);
  const challenge = await client.post('/api/portal/codes', { reference, birthDate });
  if (challenge.status !== 202) throw new Error(`code request: ${JSON.stringify(challenge.body)}`);
  const code = await deliveredCode(t, reference);
  const entered = await client.post('/api/portal/session', { challengeId: challenge.body.challengeId, code });
  if (entered.status !== 200) throw new Error(`code entry: ${JSON.stringify(entered.body)}`);
  return client;
}
