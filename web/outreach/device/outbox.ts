import { open, seal } from './crypto.js';
import { all, get, write } from './idb.js';
import type { OutboxItem } from './outbox-item.js';
import { sealPhotos, type TakenPhoto } from './photos.js';

export interface ListedItem extends Omit<OutboxItem, 'change' | 'label'> {
  label: string;
}

/**
 * Saves a registration, its document photos and spends its reference number in one durable
 * transaction: once this resolves the worker may tell the person "saved on this device", and a
 * crash loses nothing.
 */
export async function saveRegistration(key: CryptoKey, changeId: string, reference: string, data: unknown, label: string, taken: readonly TakenPhoto[] = []): Promise<void> {
  const item: OutboxItem = { changeId, kind: 'register', state: 'saved', reference, savedAt: Date.now(), change: await seal(key, data), label: await seal(key, label) };
  const sealed = await sealPhotos(key, changeId, taken);
  const left = ((await get<string[]>('meta', 'references')) ?? []).filter((r) => r !== reference);
  await write(['outbox', 'meta', 'photos'], (tx) => {
    tx.objectStore('outbox').add(item);
    tx.objectStore('meta').put(left, 'references');
    for (const photo of sealed) tx.objectStore('photos').add(photo);
  });
}

/**
 * Saves what a visit changed: a correction (if any field changed) and the document photos taken
 * for the person's application, together.
 */
export async function saveVisit(key: CryptoKey, changeId: string, data: object | undefined, label: string, photos?: { applicationId: string; taken: readonly TakenPhoto[] }): Promise<void> {
  const item: OutboxItem | undefined = data && { changeId, kind: 'edit', state: 'saved', savedAt: Date.now(), change: await seal(key, data), label: await seal(key, label) };
  const sealed = photos ? await sealPhotos(key, changeId, photos.taken, photos.applicationId) : [];
  await write(['outbox', 'photos'], (tx) => {
    if (item) tx.objectStore('outbox').add(item);
    for (const photo of sealed) tx.objectStore('photos').add(photo);
  });
}

export const items = async () => (await all<OutboxItem>('outbox')).sort((a, b) => a.seq! - b.seq!);

/** Names already opened, by change id: the list is redrawn after every batch, and a long outbox has a thousand. */
const opened = new Map<string, string>();

export async function listed(key: CryptoKey): Promise<ListedItem[]> {
  return Promise.all(
    (await items()).map(async ({ change: _change, label, ...rest }) => {
      let name = opened.get(rest.changeId);
      if (name === undefined) opened.set(rest.changeId, (name = await open<string>(key, label)));
      return { ...rest, label: name };
    }),
  );
}

/** After a wipe nothing opened may stay in memory either. */
export const forgetOpened = () => opened.clear();

export async function update(changes: OutboxItem[]): Promise<void> {
  await write(['outbox'], (tx) => {
    for (const item of changes) tx.objectStore('outbox').put(item);
  });
}
