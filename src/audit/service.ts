import type { Kysely } from 'kysely';
import type { Deps } from '../context.js';
import type { Actor } from '../platform/actor.js';
import { insertRowSets, type RowSet } from '../store/row-sets.js';
import type { Executor } from '../store/store.js';
import { auditStore, type AuditTables } from './store.js';

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

export function createAuditService({ store, clock }: Pick<Deps, 'store' | 'clock'>) {
  return {
    /** The audit rows for events, to be written together with the change they describe. */
    rows(...events: AuditEvent[]): RowSet {
      return this.rowsAt(clock.now(), ...events);
    },

    /** The same, for events that happened at a given time (importing or replaying history). */
    rowsAt(when: Date, ...events: AuditEvent[]): RowSet {
      const at = when.toISOString();
      return {
        table: 'audit_entries',
        rows: events.map((e) => ({
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
      };
    },

    /**
     * Writes audit entries in the caller's transaction: if the entry cannot be written, the
     * transaction fails and the change it covers is not made.
     */
    async record(trx: Executor, ...events: AuditEvent[]) {
      await insertRowSets(trx, [this.rows(...events)]);
    },

    /**
     * Writes audit entries of reads, committed (in a group with others) before it returns: the
     * caller returns the data only after this resolved, so data never leaves without its entry.
     */
    async recordReads(...events: AuditEvent[]) {
      // Committed before the data is returned, without waiting for the disk: a read changes
      // nothing, and the sealer's durable commit carries these entries to disk within a second.
      if (events.length) await store.batch.write([this.rows(...events)], { durable: false });
    },

    /** Entries about any of these records, newest first: what a resident's access log is made of. */
    about: (records: readonly { type: string; ids: readonly string[] }[], limit: number) => auditStore.about(store.db as Kysely<AuditTables>, records, limit),
  };
}

export type AuditService = ReturnType<typeof createAuditService>;
