import { request } from '../../ui/api/http.js';
import { deriveKey } from './crypto.js';
import { all, destroy, get, put, write } from './idb.js';

/** What the device remembers about itself (no personal data: ids, numbers, times). */
export interface DeviceMeta {
  id: string;
  username: string;
  outreachEventId: string;
  /** The last time the server answered: after maxOfflineHours without an answer the device erases itself. */
  lastContact: number;
  maxOfflineHours: number;
}

interface Enrolment {
  device: { id: string; outreachEventId: string };
  unlockSecret: string;
  references: string[];
  maxOfflineHours: number;
}

export const deviceMeta = () => get<DeviceMeta>('meta', 'device');
export const deviceKey = () => get<CryptoKey>('meta', 'key');
export const references = async () => (await get<string[]>('meta', 'references')) ?? [];

/** After an online sign-in: enrol this device (first time) or unlock it again, and keep the derived key. */
export async function unlockDevice(username: string, outreachEventId: string | undefined): Promise<DeviceMeta> {
  const known = await deviceMeta();
  // Another worker signing in on this device starts from a clean one.
  if (known && known.username !== username) await destroy();
  const current = known && known.username === username ? known : undefined;
  let id: string;
  let secret: string;
  let numbers: string[];
  let maxOfflineHours: number;
  let eventId: string;
  if (current) {
    const { body } = await request<Omit<Enrolment, 'device'>>('POST', `/api/outreach/devices/${current.id}/unlock`);
    ({ unlockSecret: secret, references: numbers, maxOfflineHours } = body);
    id = current.id;
    eventId = current.outreachEventId;
  } else {
    if (!outreachEventId) throw new Error('outreach event required');
    const { body } = await request<Enrolment>('POST', '/api/outreach/devices', { body: { outreachEventId, label: navigator.userAgent.slice(0, 60) } });
    ({ unlockSecret: secret, references: numbers, maxOfflineHours } = body);
    id = body.device.id;
    eventId = body.device.outreachEventId;
  }
  // Numbers handed out offline and not yet confirmed are still "unused" on the server: not again.
  const spent = new Set((await all<{ reference?: string }>('outbox')).map((i) => i.reference));
  numbers = numbers.filter((r) => !spent.has(r));
  const key = await deriveKey(secret, id);
  const meta: DeviceMeta = { id, username, outreachEventId: eventId, lastContact: Date.now(), maxOfflineHours };
  await write(['meta'], (tx) => {
    const m = tx.objectStore('meta');
    m.put(meta, 'device');
    m.put(key, 'key');
    m.put(numbers, 'references');
  });
  return meta;
}

export async function touched() {
  const meta = await deviceMeta();
  if (meta) await put('meta', { ...meta, lastContact: Date.now() }, 'device');
}

/** Why the device must erase itself now, if it must: too long without the server, or the server said so. */
export async function mustWipe(online: boolean): Promise<'offline-too-long' | 'remote-wipe' | undefined> {
  const meta = await deviceMeta();
  if (!meta) return undefined;
  if (Date.now() - meta.lastContact > meta.maxOfflineHours * 3_600_000) return 'offline-too-long';
  if (!online) return undefined;
  try {
    const res = await fetch(`/api/outreach/devices/${meta.id}/status`, { credentials: 'same-origin' });
    if (!res.ok) return undefined;
    const status = (await res.json()) as { wiped: boolean };
    await touched();
    return status.wiped ? 'remote-wipe' : undefined;
  } catch {
    return undefined;
  }
}

export { destroy as wipeDevice };
