import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { ApiClient } from '../support/client.js';
import { applicant } from '../support/fixtures.js';

/** An enrolled outreach device as the app holds it: its id, its unused reference numbers. */
export interface TestDevice {
  id: string;
  references: string[];
  client: ApiClient;
}

export async function enrolDevice(client: ApiClient, outreachEventId: string, label = 'tablet', references?: number): Promise<TestDevice> {
  const res = await client.post('/api/outreach/devices', { outreachEventId, label, ...(references ? { references } : {}) });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return { id: res.body.device.id, references: [...res.body.references], client };
}

/** A registration made offline: a fresh change id, application id and one of the device's numbers. */
export function registerChange(device: TestDevice, overrides: Record<string, unknown> = {}) {
  const reference = device.references.shift()!;
  return {
    changeId: randomUUID(),
    kind: 'register' as const,
    data: {
      applicationId: randomUUID(),
      reference,
      applicant: applicant({ givenName: `Արամ ${reference}` }),
      needs: { livesAlone: true, chronicIllness: false, needsSurgery: false, disability: true },
      declarations: { wishesToReside: true, wishesCitizenship: true },
      informationNotice: { version: '2026-01', language: 'hy', mode: 'spoken' },
      ...overrides,
    },
  };
}

export function editChange(personId: string, baseVersion: number, fields: Record<string, string>) {
  return { changeId: randomUUID(), kind: 'edit' as const, data: { personId, baseVersion, fields } };
}

export const syncBatch = (device: TestDevice, changes: unknown[]) => device.client.post('/api/outreach/sync', { deviceId: device.id, changes });
