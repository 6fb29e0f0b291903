import type { Kysely } from 'kysely';
import type { AuditEvent, AuditService } from '../audit/service.js';
import type { Deps } from '../context.js';
import type { MatchingService } from '../matching/service.js';
import type { NotificationsService } from '../notifications/service.js';
import type { PeopleService } from '../people/service.js';
import type { SpecialCategories } from '../people/special/service.js';
import type { Actor } from '../platform/actor.js';
import { Problem } from '../platform/problem.js';
import type { Outreach } from '../outreach/service.js';
import type { Portal } from '../portal/service.js';
import type { RegistrationService } from '../registration/service.js';
import type { FileStore } from '../store/files.js';
import { forgetResponsesNaming } from '../store/idempotency.js';
import { purgeDeleted } from '../store/purge.js';
import { isUniqueViolation } from '../store/store.js';
import type { ErasureReason, ErasureView } from './schemas.js';
import { rightsStore, type ErasureRow, type RightsTables } from './store.js';

export interface ErasureParts {
  people: PeopleService;
  special: SpecialCategories;
  registration: RegistrationService;
  notifications: NotificationsService;
  portal: Portal;
  outreach: Pick<Outreach, 'forget'>;
  matching: MatchingService;
  files: FileStore;
  audit: AuditService;
}

/** Who erases, why, and for which purpose (a data-protection officer's request; none for the job). */
export interface ErasureOrder {
  actor: Actor;
  reason: ErasureReason;
  note: string | null;
  purpose?: string;
}

export const toErasureView = (r: ErasureRow): ErasureView => ({
  id: r.id,
  reason: r.reason as ErasureView['reason'],
  note: r.note,
  stage: r.stage as ErasureView['stage'],
  people: r.people,
  applications: r.applications,
  createdAt: r.created_at,
  finishedAt: r.finished_at,
});

/**
 * Erasure and anonymisation (issue 4). People are erased everywhere a value of theirs is kept:
 * their record and its history, phones, documents, special categories, lookup keys, flagged
 * duplicate pairs, correction requests, exports holding them; their applications are
 * anonymised (see registration/erasure.ts), with the scans, the messages (outbox and file sink),
 * one-time codes, residents' sessions and stored idempotent answers that concern them.
 *
 * Ids stay: applications keep counting (day, channel, office, outreach reception), and the audit
 * trail — which holds ids and never values — stays whole and verifiable; an erased person's id
 * points at an empty record. The erasure itself is audited.
 *
 * Idempotent and resumable: the rows go in one transaction that also records the erasure and
 * what it covers (a second erasure of the same person finds that record); files are removed and
 * the store's files purged afterwards, stage by stage, and an interrupted erasure is finished by
 * `resume` (the retention job calls it every round).
 */
export function createErasure({ store, clock, ids, log }: Deps, parts: ErasureParts) {
  const db = store.db as Kysely<RightsTables>;

  /** Addresses and references whose delivered messages must leave the file sink too. */
  async function needlesOf(people: readonly string[], applications: readonly string[]) {
    const persons = [...(await parts.people.byIds(people)).values()];
    const traces = await parts.registration.erasure.traces(applications);
    const messages = await parts.notifications.addressedAbout('application', applications);
    return [
      ...persons.flatMap((p) => [...p.phones.flatMap((ph) => [ph.raw, ph.e164 ?? '']), p.email ?? '']),
      ...messages.map((m) => m.recipient),
      ...traces.flatMap((t) => (t.reference ? [t.reference] : [])),
    ].filter(Boolean);
  }

  async function existing(people: readonly string[], applications: readonly string[]) {
    const found = (await rightsStore.erasureCovering(db, 'person', people)) ?? (await rightsStore.erasureCovering(db, 'application', applications));
    return found && rightsStore.erasure(db, found.erasure_id);
  }

  async function eraseRows(order: ErasureOrder, people: readonly string[], applications: readonly string[]): Promise<ErasureRow> {
    const id = ids.uuid();
    const at = clock.now().toISOString();
    let row: ErasureRow | undefined;
    await store.transaction(async (trx) => {
      const t = trx as Kysely<RightsTables>;
      if ((await rightsStore.activeHolds(t, people)).length) throw new Problem('conflict', { resource: 'person' }, [], { reason: 'legal-hold' });
      const traces = await parts.registration.erasure.traces(applications, trx);
      const exports = await rightsStore.liveExportsWith(t, people);
      row = {
        id,
        reason: order.reason,
        note: order.note,
        requested_by: order.actor.id,
        requested_role: order.actor.role,
        stage: 'rows-erased',
        file_ids: JSON.stringify([...traces.flatMap((x) => x.fileIds), ...exports.flatMap((e) => (e.file_id ? [e.file_id] : []))]),
        people: people.length,
        applications: applications.length,
        created_at: at,
        finished_at: null,
      };
      await rightsStore.insertErasure(t, row, [...people.map((p) => ({ kind: 'person', id: p })), ...applications.map((a) => ({ kind: 'application', id: a }))]);
      // A resident who asked for this (on the portal) has their answer with it.
      await rightsStore.answerErasureRequests(t, people, { erasure_id: id, decided_at: at, decided_by: order.actor.id, decided_role: order.actor.role });
      for (const e of exports) await rightsStore.updateExport(t, e.id, e.version, { state: 'withdrawn', file_id: null });

      await parts.portal.forget(trx, applications, traces.flatMap((x) => (x.reference ? [x.reference] : [])));
      await parts.notifications.forget(trx, 'application', applications);
      await parts.registration.erasure.forget(trx, applications);
      const corrections = (await rightsStore.correctionsOf(t, people)).map((c) => c.id);
      await forgetResponsesNaming(trx, [...applications, ...traces.flatMap((x) => x.attachmentIds), ...people, ...corrections]);
      await rightsStore.forgetCorrections(t, people);
      await parts.outreach.forget(trx, people, applications);
      await parts.special.forget(trx, people);
      await parts.matching.forget(trx, people);
      await parts.people.forget(trx, order.actor, people);

      const entry = (type: string, recordId: string): AuditEvent => ({
        actor: order.actor,
        action: 'erasure',
        ...(order.purpose ? { purpose: order.purpose } : {}),
        record: { type, id: recordId },
        detail: { erasure: id, reason: order.reason },
      });
      await parts.audit.record(trx, ...people.map((p) => entry('person', p)), ...applications.map((a) => entry('application', a)));
    });
    return row!;
  }

  /** Takes an erasure whose rows are gone through its remaining stages, as far as it can now. */
  async function finish(row: ErasureRow): Promise<ErasureRow> {
    if (row.stage === 'rows-erased') {
      for (const fileId of JSON.parse(row.file_ids) as string[]) await parts.files.remove(fileId);
      await store.transaction((trx) => rightsStore.advanceErasure(trx as Kysely<RightsTables>, row.id, 'rows-erased', 'files-removed', null));
    }
    if (row.stage !== 'done' && (await purgeDeleted(store))) {
      await store.transaction((trx) => rightsStore.advanceErasure(trx as Kysely<RightsTables>, row.id, 'files-removed', 'done', clock.now().toISOString()));
    }
    return (await rightsStore.erasure(db, row.id))!;
  }

  async function erase(order: ErasureOrder, allPeople: readonly string[], allApplications: readonly string[]): Promise<ErasureRow> {
    // What an earlier erasure covered is not erased twice; all of it covered, that one is the answer.
    const [erasedPeople, erasedApplications] = await Promise.all([rightsStore.erasedIds(db, 'person', allPeople), rightsStore.erasedIds(db, 'application', allApplications)]);
    const people = allPeople.filter((p) => !erasedPeople.has(p));
    const applications = allApplications.filter((a) => !erasedApplications.has(a));
    const earlier = !people.length && !applications.length && (await existing(allPeople, allApplications));
    if (earlier) return finish(earlier);
    await parts.notifications.forgetDelivered(await needlesOf(people, applications));
    try {
      return await finish(await eraseRows(order, people, applications));
    } catch (e) {
      // Erased meanwhile by another request or node: that erasure is this one's answer.
      const winner = isUniqueViolation(e) ? await existing(people, applications) : undefined;
      if (winner) return finish(winner);
      throw e;
    }
  }

  /** People kept because they are in an application that is not itself being anonymised. */
  async function stillNeeded(people: readonly string[], leaving: string) {
    const households = await parts.people.householdsOf(people);
    const apps = [...new Set([...(await parts.registration.erasure.madeBy(people)), ...(await parts.registration.erasure.ofHouseholds(households))])];
    const anonymised = await parts.registration.erasure.anonymised(apps);
    return apps.some((a) => a !== leaving && !anonymised.has(a));
  }

  return {
    /** A person erased on request: every record of theirs (merged ones too) and every application they made. */
    async erasePerson(order: ErasureOrder, personId: string): Promise<ErasureView> {
      if (!(await parts.people.byIds([personId])).has(personId)) throw Problem.notFound('person');
      const people = await parts.people.cluster([personId]);
      return toErasureView(await erase(order, people, await parts.registration.erasure.madeBy(people)));
    },

    /**
     * An application whose retention period ended: it is anonymised, and each of its people
     * (applicant and household) erased unless an application still open, or not yet due, needs
     * them. A legal hold on any of them keeps the whole application as it is.
     */
    async expireApplication(order: ErasureOrder, applicationId: string): Promise<'erased' | 'held'> {
      const [trace] = await parts.registration.erasure.traces([applicationId]);
      if (!trace) throw Problem.notFound('application');
      const household = trace.householdId ? await parts.people.household(trace.householdId) : undefined;
      const members = [...new Set([trace.applicantId, ...(household?.members.map((m) => m.person.id) ?? [])])];
      const people: string[] = [];
      for (const member of members) {
        const same = await parts.people.cluster([member]);
        if ((await rightsStore.activeHolds(db, same)).length) return 'held';
        if (!(await stillNeeded(same, applicationId))) people.push(...same);
      }
      await erase(order, [...new Set(people)], [applicationId]);
      return 'erased';
    },

    /** Finishes erasures a crash or a busy store interrupted; how many are done now. */
    async resume(): Promise<number> {
      let done = 0;
      for (const row of await rightsStore.unfinishedErasures(db)) {
        try {
          if ((await finish(row)).stage === 'done') done++;
        } catch (err) {
          log.warn({ err, erasure: row.id }, 'resuming an erasure failed; it is tried again next round');
        }
      }
      return done;
    },

    async get(id: string): Promise<ErasureView> {
      const row = await rightsStore.erasure(db, id);
      if (!row) throw Problem.notFound('erasure');
      return toErasureView(row);
    },

    list: async (limit: number) => (await rightsStore.erasures(db, limit)).map(toErasureView),

    /** Ids among these that were erased (people) or anonymised (applications). */
    erasedIds: (kind: 'person' | 'application', list: readonly string[]) => rightsStore.erasedIds(db, kind, list),
  };
}

export type Erasure = ReturnType<typeof createErasure>;
