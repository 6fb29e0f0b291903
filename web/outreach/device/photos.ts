import type { AttachmentKind } from '../../../src/registration/core/attachments.js';
import { request } from '../../ui/api/http.js';
import { ApiProblem, plainReason } from '../../ui/api/problem.js';
import { openBytes, sealBytes, type Sealed } from './crypto.js';
import { all, write } from './idb.js';
import type { ItemState, OutboxItem } from './outbox-item.js';

/** A document photo taken for a registration not yet saved: in memory only, never on disk in the clear. */
export interface TakenPhoto {
  id: string;
  kind: AttachmentKind;
  picture: Blob;
}

/** A document photo as stored: ids, kind and state in the clear, the picture sealed with the device key. */
export interface PhotoRecord {
  /** The device's own id for the photo, sent as the upload's Idempotency-Key: a resent photo is attached once. */
  id: string;
  /** The outbox item it was saved with: a registration's photos are sent once that registration is accepted. */
  changeId: string;
  /** The application it goes to, when known at once (a photo taken on a visit). */
  applicationId?: string;
  kind: AttachmentKind;
  mediaType: string;
  state: ItemState;
  reason?: string;
  /** Dropped once the server holds the photo: the device keeps nothing it no longer needs. */
  picture?: Sealed;
}

export async function sealPhotos(key: CryptoKey, changeId: string, taken: readonly TakenPhoto[], applicationId?: string): Promise<PhotoRecord[]> {
  return Promise.all(
    taken.map(async (p) => ({
      id: p.id,
      changeId,
      ...(applicationId ? { applicationId } : {}),
      kind: p.kind,
      mediaType: p.picture.type,
      state: 'saved' as const,
      picture: await sealBytes(key, await p.picture.arrayBuffer()),
    })),
  );
}

export const photos = () => all<PhotoRecord>('photos');

export const updatePhotos = (changes: readonly PhotoRecord[]) =>
  write(['photos'], (tx) => {
    for (const photo of changes) tx.objectStore('photos').put(photo);
  });

/** A photo that cannot be sent any more is removed when the worker says so: the device keeps nothing it has no use for. */
export const discardPhoto = (id: string) => write(['photos'], (tx) => tx.objectStore('photos').delete(id));

/** A registration the server refused takes its photos with it: they have nothing to be attached to. */
export async function refuseWith(items: readonly OutboxItem[]) {
  const refused = new Set(items.filter((i) => i.state === 'failed').map((i) => i.changeId));
  const waiting = (await photos()).filter((p) => refused.has(p.changeId) && p.state !== 'failed');
  if (waiting.length) await updatePhotos(waiting.map((p) => ({ ...p, state: 'failed', reason: 'registration-failed' })));
}

export type PhotoStop = 'done' | 'offline' | 'signed-out';

/** Whether the server refused the photo itself (wrong type, too large, application closed), so that sending it again cannot help. */
const refusal = (e: unknown): e is ApiProblem => e instanceof ApiProblem && e.status >= 400 && e.status < 500 && ![401, 408, 429].includes(e.status);

/**
 * Sends the photos of accepted registrations and of visits one at a time, each to its
 * application's attachments. A photo is marked sent only after the server answered; one cut off on the way is
 * sent again with the same id and the server answers with the attachment it already made. A
 * photo the server refuses fails with its reason and the next one goes on; a lost connection or
 * session stops the run, and the photo goes back to waiting with the reason.
 */
export async function uploadPhotos(key: CryptoKey, items: readonly OutboxItem[], onProgress: () => void): Promise<PhotoStop> {
  const accepted = new Map(items.flatMap((i) => (i.state === 'sent' && i.applicationId ? [[i.changeId, i.applicationId] as const] : [])));
  const target = (p: PhotoRecord) => p.applicationId ?? accepted.get(p.changeId);
  const due = (await photos()).filter((p) => (p.state === 'saved' || p.state === 'sending') && target(p));
  for (const photo of due) {
    await updatePhotos([{ ...photo, state: 'sending' }]);
    onProgress();
    try {
      const file = new Blob([await openBytes(key, photo.picture!)], { type: photo.mediaType });
      await request('POST', `/api/applications/${target(photo)}/attachments`, { query: { kind: photo.kind }, file, idempotencyKey: photo.id });
    } catch (e) {
      if (refusal(e)) {
        await updatePhotos([{ ...photo, state: 'failed', reason: plainReason(e.problem) }]);
        onProgress();
        continue;
      }
      const stop: PhotoStop = e instanceof ApiProblem && e.status === 401 ? 'signed-out' : 'offline';
      await updatePhotos([{ ...photo, state: 'saved', reason: e instanceof ApiProblem && stop === 'offline' ? plainReason(e.problem) : stop }]);
      onProgress();
      return stop;
    }
    const { picture: _picture, reason: _reason, ...sent } = photo;
    await updatePhotos([{ ...sent, state: 'sent' }]);
    onProgress();
  }
  return 'done';
}
