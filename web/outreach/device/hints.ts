import { request } from '../../ui/api/http.js';
import { registryKeys } from '../../../src/matching/core/registry-keys.js';
import { get, put } from './idb.js';

/**
 * Duplicate hints offline. The device holds the hashed lookup keys of its office's people (the
 * same keys and the same hash the registry stores, not names), computes the keys of the person
 * being registered and counts how many are already known. The server's full check runs at sync.
 */
export async function downloadHints(deviceId: string): Promise<number> {
  const { body } = await request<{ keys: string[]; count: number }>('GET', `/api/outreach/devices/${deviceId}/match-keys`);
  await put('hints', body.keys, 'keys');
  return body.count;
}

let known: Set<string> | undefined;

async function storedKey(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
  return btoa(String.fromCharCode(...digest)).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '').slice(0, 16);
}

export interface HintInput {
  givenName: string;
  familyName: string;
  patronymic?: string;
  birthDate?: string;
  documentNumber?: string;
}

/** How many of the person's keys the office already knows: two or more (or a document) is worth a look. */
export async function likelyDuplicate(p: HintInput): Promise<boolean> {
  known ??= new Set((await get<string[]>('hints', 'keys')) ?? []);
  const keys = registryKeys({ id: 'new', ...p });
  const hits = await Promise.all(keys.map(async (k) => (known!.has(await storedKey(k)) ? k : undefined)));
  const found = hits.filter((k): k is string => k !== undefined);
  return found.length >= 2 || found.some((k) => k.startsWith('doc|'));
}

export function forgetHints() {
  known = undefined;
}
