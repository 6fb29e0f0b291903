import { ApiProblem, plainReason, type ProblemDocument } from '../../ui/api/problem.js';
import { request } from '../../ui/api/http.js';
import { open } from './crypto.js';
import { deviceMeta, references, touched } from './device.js';
import { put } from './idb.js';
import type { OutboxItem } from './outbox-item.js';
import { items, update } from './outbox.js';
import { refuseWith, uploadPhotos } from './photos.js';

/** Large enough that a slow link spends its time sending, not waiting for answers; the server takes up to 200. */
const batchSize = 100;

interface ChangeResult {
  changeId: string;
  outcome: 'accepted' | 'rejected';
  application?: { id: string; reference: string };
  problem?: ProblemDocument;
}

export type SyncStop = 'done' | 'offline' | 'signed-out' | 'wiped';

/**
 * Sends the outbox in order, a batch at a time, until it is empty or the link drops. Every item
 * carries its own id, so resending a batch whose answer was lost (or that a crash interrupted)
 * applies nothing twice. An item marked "sending" by a run that never finished is simply sent
 * again: nothing stays "sending" once a run ends.
 */
export async function syncOutbox(key: CryptoKey, onProgress: () => void): Promise<SyncStop> {
  const meta = await deviceMeta();
  if (!meta) return 'done';
  for (;;) {
    const outbox = await items();
    const batch = outbox.filter((i) => i.state === 'saved' || i.state === 'sending').slice(0, batchSize);
    // Photos follow once every registration has its answer, so that a long outbox's people reach the server first.
    if (!batch.length) return uploadPhotos(key, outbox, onProgress);
    await update(batch.map((i) => ({ ...i, state: 'sending' as const })));
    onProgress();
    const changes = await Promise.all(batch.map(async (i) => ({ changeId: i.changeId, kind: i.kind, data: await open(key, i.change) })));
    let results: ChangeResult[];
    let topUp: string[];
    try {
      ({ results, references: topUp } = (await request<{ results: ChangeResult[]; references: string[] }>('POST', '/api/outreach/sync', { body: { deviceId: meta.id, changes } })).body);
    } catch (e) {
      const stop: SyncStop = e instanceof ApiProblem ? (e.status === 410 ? 'wiped' : e.status === 401 ? 'signed-out' : 'offline') : 'offline';
      const reason = e instanceof ApiProblem && stop === 'offline' ? plainReason(e.problem) : undefined;
      await update(batch.map((i) => ({ ...i, state: 'saved' as const, ...(reason ? { reason } : { reason: stop }) })));
      onProgress();
      return stop;
    }
    await touched();
    const byId = new Map(results.map((r) => [r.changeId, r]));
    const answered = batch.map((i): OutboxItem => {
      const r = byId.get(i.changeId);
      if (!r) return { ...i, state: 'saved' };
      if (r.outcome === 'rejected') return { ...i, state: 'failed', reason: plainReason(r.problem!) };
      const { reason: _reason, ...rest } = i;
      return { ...rest, state: 'sent', ...(r.application ? { reference: r.application.reference, applicationId: r.application.id } : {}) };
    });
    await update(answered);
    await refuseWith(answered);
    if (topUp.length) await put('meta', [...(await references()), ...topUp], 'references');
    onProgress();
  }
}
