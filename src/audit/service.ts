import type { Actor } from '../platform/actor.js';
import type { Clock } from '../platform/clock.js';
import type { Executor } from '../store/store.js';
import { auditStore } from './store.js';

/**
 * One line of the audit trail: who, in which role, did or read what, for which purpose, and which
 * sections of the record were involved — never the values themselves.
 */
export interface AuditEvent {
  actor: Actor;
  action: string;
  purpose?: string;
  record?: { type: string; id: string };
  sections?: readonly string[];
  /** Non-personal facts about the event (a state reached, a count returned). */
  detail?: Record<string, string | number | boolean>;
}

export function createAuditService(clock: Clock) {
  return {
    /**
     * Writes audit entries in the caller's transaction: if the entry cannot be written, the
     * transaction fails and the data it covers is neither changed nor returned.
     */
    async record(trx: Executor, ...events: AuditEvent[]) {
      const at = clock.now().toISOString();
      await auditStore.insert(
        trx,
        events.map((e) => ({
          at,
          actor_id: e.actor.id,
          actor_role: e.actor.role,
          action: e.action,
          purpose: e.purpose ?? null,
          record_type: e.record?.type ?? null,
          record_id: e.record?.id ?? null,
          sections: e.sections ? JSON.stringify(e.sections) : null,
          detail: e.detail ? JSON.stringify(e.detail) : null,
        })),
      );
    },
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
