import type { Deps } from '../context.js';
import { isLocale } from '../platform/i18n/locale.js';
import { paced } from '../platform/paced.js';
import { pollLoop } from '../platform/poll-loop.js';
import { afterAttempt, retryPolicy } from './core/retry.js';
import { renderNotification, type NotificationEvent, type NotificationParams } from './core/templates.js';
import type { NotificationsService } from './service.js';
import { outboxStore, type OutboxRow } from './store.js';
import type { Transport } from './transports/transport.js';

export interface WorkerOptions {
  /** Names this worker in leases, so that a slow worker cannot settle a message another has claimed. */
  owner: string;
  batchSize?: number;
  pollMs?: number;
}

/**
 * Delivers outbox messages: claims a batch under a lease, sends each through its channel's
 * transport, and records sent, retry-later (with backoff) or dead. Runs until stopped; `drain`
 * works until nothing is due, for tests and the CLI.
 */
export function createNotificationWorker(
  { store, clock, log }: Deps,
  notifications: NotificationsService,
  transports: Record<'sms' | 'email', Transport>,
  options: WorkerOptions,
) {
  const batchSize = options.batchSize ?? 20;
  const pollMs = options.pollMs ?? 1000;
  // Paced, as the duplicate check is: after a rush, thousands of messages wait, and delivering them
  // flat out would make every request wait behind them.
  const loop = pollLoop('notifications', paced(() => runOnce()), { batchSize, pollMs, wakeOn: notifications.enqueued, log });

  const settle = (id: number, set: Parameters<typeof outboxStore.settle>[3]) =>
    store.transaction((trx) => outboxStore.settle(trx, id, options.owner, set));

  async function deliver(row: OutboxRow) {
    const language = isLocale(row.language) ? row.language : 'en';
    const message = renderNotification(row.event as NotificationEvent, language, JSON.parse(row.params) as NotificationParams);
    const transport = transports[row.channel as 'sms' | 'email'];
    const outcome = transport
      ? await transport.send({ id: row.id, channel: row.channel as 'sms' | 'email', to: row.recipient, language, ...message })
      : ({ kind: 'permanent', error: `no transport for ${row.channel}` } as const);
    const next = afterAttempt(row.attempts, outcome);
    const now = clock.now();
    if (next.state === 'sent') {
      await settle(row.id, { state: 'sent', sent_at: now.toISOString(), last_error: null });
    } else if (next.state === 'dead') {
      await settle(row.id, { state: 'dead', last_error: 'error' in outcome ? outcome.error : null });
      log.warn({ outboxId: row.id, channel: row.channel, attempts: row.attempts }, 'notification dead-lettered');
    } else {
      await settle(row.id, {
        state: 'pending',
        next_attempt_at: new Date(now.getTime() + next.retryInMs).toISOString(),
        last_error: 'error' in outcome ? outcome.error : null,
      });
    }
  }

  /** One claim-and-deliver round; the number of messages handled. */
  async function runOnce(): Promise<number> {
    const now = clock.now();
    const claimed = await store.transaction((trx) =>
      outboxStore.claim(trx, store.dialect, options.owner, now.toISOString(), new Date(now.getTime() + retryPolicy.leaseMs).toISOString(), batchSize),
    );
    for (const row of claimed) await deliver(row);
    return claimed.length;
  }

  return {
    runOnce,
    async drain(maxRounds = 1000) {
      let total = 0;
      for (let i = 0; i < maxRounds; i++) {
        const n = await runOnce();
        total += n;
        if (n === 0) break;
      }
      return total;
    },
    start: loop.start,
    stop: loop.stop,
  };
}

export type NotificationWorker = ReturnType<typeof createNotificationWorker>;
