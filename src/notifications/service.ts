import { EventEmitter } from 'node:events';
import type { Deps } from '../context.js';
import type { AuditService } from '../audit/service.js';
import type { Actor } from '../platform/actor.js';
import { Problem } from '../platform/problem.js';
import { insertRowSets, type RowSet } from '../store/row-sets.js';
import type { Executor } from '../store/store.js';
import type { NotificationEvent, NotificationParams } from './core/templates.js';
import { forgetInFileSink } from './transports/file.js';
import type { NotificationView } from './schemas.js';
import { outboxStore, type OutboxRow } from './store.js';

export interface Recipient {
  channel: 'sms' | 'email';
  address: string;
  language: string;
}

export interface NotificationRequest {
  subject: { type: string; id: string };
  event: NotificationEvent;
  recipient: Recipient;
  params: NotificationParams;
  /** When the message was already delivered elsewhere (history imported from another system). */
  sentAt?: Date;
}

const toView = (r: OutboxRow): NotificationView => ({
  id: r.id,
  subjectType: r.subject_type,
  subjectId: r.subject_id,
  event: r.event as NotificationEvent,
  channel: r.channel as NotificationView['channel'],
  language: r.language,
  state: r.state as NotificationView['state'],
  attempts: r.attempts,
  lastError: r.last_error,
  createdAt: r.created_at,
  sentAt: r.sent_at,
  nextAttemptAt: r.state === 'pending' ? r.next_attempt_at : null,
});

/**
 * The transactional outbox: a message is a row written in the same transaction as the change it
 * tells about, so that no change goes untold and no message tells of a change that rolled back.
 * Workers deliver the rows afterwards.
 */
export function createNotificationsService({ store, clock, config }: Deps, audit: AuditService) {
  const enqueued = new EventEmitter();
  return {
    /** Fires after a transaction that enqueued messages has committed, to wake a local worker. */
    enqueued,

    /** The outbox rows for messages, to be written in the transaction of the change they tell about. */
    rows(requests: NotificationRequest[], when: Date = clock.now()): RowSet {
      const now = when.toISOString();
      return {
        table: 'outbox',
        rows: requests.map((r) => ({
          subject_type: r.subject.type,
          subject_id: r.subject.id,
          event: r.event,
          channel: r.recipient.channel,
          recipient: r.recipient.address,
          language: r.recipient.language,
          params: JSON.stringify(r.params),
          state: r.sentAt ? 'sent' : 'pending',
          attempts: r.sentAt ? 1 : 0,
          next_attempt_at: now,
          lease_owner: null,
          lease_until: null,
          last_error: null,
          created_at: now,
          sent_at: r.sentAt?.toISOString() ?? null,
        })),
      };
    },

    async enqueue(trx: Executor, requests: NotificationRequest[]) {
      await insertRowSets(trx, [this.rows(requests)]);
    },

    wake() {
      enqueued.emit('wake');
    },

    async forSubject(type: string, id: string, db: Executor = store.db) {
      return (await outboxStore.forSubject(db, type, id)).map(toView);
    },

    /** The messages about these subjects with the address each went to: a resident's copy of their data. */
    async addressedAbout(type: string, ids: readonly string[], db: Executor = store.db) {
      return (await outboxStore.bySubjects(db, type, ids)).map((r) => ({ ...toView(r), recipient: r.recipient }));
    },

    /**
     * Erasure (issue 4): the messages about these subjects go from the outbox, in the caller's
     * transaction; `forgetDelivered` drops those already delivered to the file sink.
     */
    forget: (trx: Executor, type: string, ids: readonly string[]) => outboxStore.forgetSubjects(trx, type, ids),
    forgetDelivered: (needles: readonly string[]) => forgetInFileSink(config.notifications.fileSink, needles),

    async list(state: string, limit: number) {
      return (await outboxStore.byState(store.db, state, limit)).map(toView);
    },

    async counts() {
      const rows = await outboxStore.countByState(store.db);
      return Object.fromEntries(rows.map((r) => [r.state, Number(r.n)]));
    },

    /** Gives a dead message a fresh set of tries (after a supervisor fixed the cause). */
    async retry(actor: Actor, id: number) {
      await store.transaction(async (trx) => {
        if (!(await outboxStore.requeue(trx, id, clock.now().toISOString()))) {
          const row = await outboxStore.byId(trx, id);
          throw row ? new Problem('conflict', { resource: 'notification' }) : Problem.notFound('notification');
        }
        await audit.record(trx, { actor, action: 'notification.retry', record: { type: 'notification', id: String(id) } });
      });
      this.wake();
      return toView((await outboxStore.byId(store.db, id))!);
    },
  };
}

export type NotificationsService = ReturnType<typeof createNotificationsService>;
