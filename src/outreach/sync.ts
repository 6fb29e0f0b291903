import { createHash } from 'node:crypto';
import type { Deps } from '../context.js';
import type { Caller } from '../access/caller.js';
import type { AuditService } from '../audit/service.js';
import type { MatchingService } from '../matching/service.js';
import type { PeopleService } from '../people/service.js';
import { currentValue } from '../people/core/corrections.js';
import type { PersonView } from '../people/schemas.js';
import type { SpecialCategories } from '../people/special/service.js';
import { Problem, isProblem } from '../platform/problem.js';
import type { RegistrationService } from '../registration/service.js';
import { isDeadlock, isUniqueViolation, type Executor } from '../store/store.js';
import { referenceTopUpBelow, referenceBlockSize } from './core/device-rules.js';
import { decideEdit, type FieldChange } from './core/merge.js';
import { needsRecord } from './core/needs.js';
import type { Devices } from './devices.js';
import type { ChangeResult, EditData, RegisterData } from './schemas.js';
import { outreachStore, type DeviceRow } from './store.js';

/** One outbox item as the HTTP layer read it: its data checked against its kind's schema, or the problem found. */
export type IncomingChange =
  | { changeId: string; kind: 'register'; data: RegisterData }
  | { changeId: string; kind: 'edit'; data: EditData }
  | { changeId: string; kind: 'register' | 'edit'; problem: Problem };

/** A registration's answer waiting to be recorded with the others of its run. */
interface Answer {
  kind: string;
  result: ChangeResult;
  subjectId: string | null;
  reference?: string;
}

export type ProblemRenderer = (problem: Problem) => NonNullable<ChangeResult['problem']>;

const attempts = 5;

/**
 * Sync: a device's outbox, a batch at a time, applied in the order sent. Each change is applied
 * at most once: its id is the primary key of the row that records its answer, written with the
 * change itself (edits) or after an intake that is itself idempotent on the same id
 * (registrations), so a batch resent after a lost answer, or a change that arrives twice, gets
 * the first answer again and creates nothing.
 */
export function createSync(
  { store, clock }: Deps,
  devices: Devices,
  registration: RegistrationService,
  people: PeopleService,
  special: SpecialCategories,
  matching: MatchingService,
  audit: AuditService,
) {
  async function recorded(device: DeviceRow, changeId: string): Promise<ChangeResult | undefined> {
    const row = await outreachStore.change(store.db, changeId);
    if (!row) return undefined;
    if (row.device_id !== device.id) throw Problem.field('/changeId', 'outreach.change-id-taken');
    return JSON.parse(row.result) as ChangeResult;
  }

  async function remember(db: Executor, device: DeviceRow, kind: string, result: ChangeResult, subjectId: string | null = null) {
    await outreachStore.insertChange(db, {
      change_id: result.changeId,
      device_id: device.id,
      kind,
      subject_id: subjectId,
      outcome: result.outcome,
      result: JSON.stringify(result),
      received_at: clock.now().toISOString(),
    });
  }

  async function register(caller: Caller, device: DeviceRow, changeId: string, data: RegisterData): Promise<ChangeResult> {
    const issued = await outreachStore.reference(store.db, data.reference);
    if (!issued || issued.device_id !== device.id) throw Problem.field('/data/reference', 'outreach.reference-not-issued');
    const requestHash = createHash('sha256').update(JSON.stringify(data)).digest('base64url');
    const { result } = await registration.intake.submitFrom(
      caller,
      {
        id: data.applicationId,
        type: 'initial-registration',
        channel: 'outreach',
        officeId: device.office_id,
        outreachEventId: device.outreach_event_id,
        applicant: data.applicant,
        household: data.household,
        declarations: data.declarations,
        informationNotice: data.informationNotice,
      },
      { scope: `outreach-device:${device.id}`, key: changeId, requestHash },
      data.reference,
    );
    const needs = needsRecord(data.needs);
    let applicantVersion = 1;
    if (needs) {
      try {
        // The worker has just registered this person at their office's reception: the needs are theirs to record.
        await special.record({ ...caller, scope: 'all' }, result.applicantId, needs, 0);
      } catch (e) {
        // A resent registration finds its needs recorded the first time.
        if (!(isProblem(e) && e.code === 'version-mismatch')) throw e;
      }
    }
    applicantVersion = (await people.byIds([result.applicantId])).get(result.applicantId)?.version ?? applicantVersion;
    return { changeId, outcome: 'accepted', application: { id: result.id, reference: result.reference, applicantId: result.applicantId, applicantVersion } };
  }

  /** What happened to the person's fields after a version: outreach edits with their device, other corrections without. */
  async function historyAfter(trx: Executor, personId: string, version: number): Promise<FieldChange[]> {
    const edits = new Map((await outreachStore.editsAfter(trx, personId, version)).map((e) => [e.person_version, e]));
    return (await people.events([personId], trx))
      .filter((e) => e.version > version && e.type === 'corrected')
      .map((e) => {
        const edit = edits.get(e.version);
        const field = (e.payload as { field: string }).field;
        return { version: e.version, field, deviceId: edit?.device_id ?? null, author: edit ? `${edit.user_id}@${edit.device_id}` : e.actorRole };
      });
  }

  async function edit(caller: Caller, device: DeviceRow, changeId: string, data: EditData): Promise<ChangeResult> {
    return store.transaction(async (trx) => {
      let person: PersonView | undefined = (await people.byIds([data.personId], trx)).get(data.personId);
      // Outside the worker's office the person reads as unknown, as if they did not exist.
      if (!person || person.mergedIntoId || !(await registration.views.coversPerson(caller, person.id))) throw Problem.field('/data/personId', 'outreach.person-unknown');
      if (data.baseVersion > person.version) throw Problem.field('/data/baseVersion', 'too-big', { max: person.version });
      const history = await historyAfter(trx, person.id, data.baseVersion);
      const merged: string[] = [];
      const conflicts: { id: string; field: string }[] = [];
      const author = `${caller.subject!.userId}@${device.id}`;
      for (const [field, value] of Object.entries(data.fields) as [keyof EditData['fields'], string][]) {
        const current = currentValue(person, field);
        const decision = decideEdit({ field, value, baseVersion: data.baseVersion, deviceId: device.id }, current, history);
        if (decision.kind === 'unchanged') continue;
        if (decision.kind === 'conflict') {
          const id = `${changeId}:${field}`;
          await outreachStore.insertConflict(trx, {
            id,
            person_id: person.id,
            field,
            base_version: data.baseVersion,
            current_value: current,
            current_author: decision.against.author,
            proposed_value: value,
            proposed_author: author,
            change_id: changeId,
            state: 'open',
            created_at: clock.now().toISOString(),
            resolved_by: null,
            resolved_at: null,
            chosen: null,
          });
          conflicts.push({ id, field });
          continue;
        }
        person = await people.correct(trx, caller.actor, person, field, value, changeId);
        await outreachStore.insertEdit(trx, { person_id: person.id, person_version: person.version, field, device_id: device.id, user_id: caller.subject!.userId, change_id: changeId });
        merged.push(field);
      }
      if (merged.length) await matching.refreshKeys(trx, person);
      await audit.record(trx, {
        actor: caller.actor,
        action: 'outreach.edit',
        record: { type: 'person', id: person.id },
        sections: ['identity', 'contact'],
        detail: { merged: merged.length, conflicts: conflicts.length },
      });
      const result: ChangeResult = { changeId, outcome: 'accepted', merged, conflicts, personVersion: person.version };
      await remember(trx, device, 'edit', result, person.id);
      return result;
    });
  }

  /**
   * Records the answers of a run of registrations in one transaction (one flush instead of one
   * each). Safe to do after their intakes: a change replayed before this commits finds its
   * application through the intake's own idempotency key, and is answered the same.
   */
  async function rememberAll(device: DeviceRow, answers: Answer[]) {
    // In one order for every copy of a batch, so that two copies sent together wait for each other rather than deadlock.
    const unique = [...new Map(answers.map((a) => [a.result.changeId, a])).values()].sort((a, b) => (a.result.changeId < b.result.changeId ? -1 : 1));
    const write = async (trx: Executor, a: Answer) => {
      if (a.reference) await outreachStore.useReference(trx, a.reference, a.subjectId!);
      await remember(trx, device, a.kind, a.result, a.subjectId);
    };
    try {
      await store.transaction(async (trx) => {
        for (const a of unique) await write(trx, a);
      });
    } catch (e) {
      if (!isUniqueViolation(e) && !isDeadlock(e)) throw e;
      // A copy of some of these changes, sent at the same time, recorded the same answers first (or
      // held their rows): record the rest one by one.
      for (const a of unique) {
        try {
          await store.transaction((trx) => write(trx, a));
        } catch (again) {
          if (!isUniqueViolation(again)) throw again;
        }
      }
    }
  }

  async function applyOnce(caller: Caller, device: DeviceRow, change: IncomingChange, render: ProblemRenderer, deferred?: Answer[]): Promise<ChangeResult> {
    for (let attempt = 1; ; attempt++) {
      const earlier = await recorded(device, change.changeId);
      if (earlier) return earlier;
      if ('problem' in change) return { changeId: change.changeId, outcome: 'rejected', problem: render(change.problem) };
      try {
        if (change.kind === 'edit') return await edit(caller, device, change.changeId, change.data);
        const result = await register(caller, device, change.changeId, change.data);
        if (deferred) {
          deferred.push({ kind: 'register', result, subjectId: result.application!.id, reference: change.data.reference });
          return result;
        }
        await store.transaction(async (trx) => {
          await outreachStore.useReference(trx, change.data.reference, result.application!.id);
          await remember(trx, device, 'register', result, result.application!.id);
        });
        return result;
      } catch (e) {
        // Another copy of this change, sent at the same time, got there first: its answer is ours.
        if ((isUniqueViolation(e) || (isProblem(e) && e.code === 'version-mismatch')) && attempt < attempts) continue;
        if (!isProblem(e) || e.status >= 500) throw e;
        const rejected: ChangeResult = { changeId: change.changeId, outcome: 'rejected', problem: render(e) };
        if (deferred) {
          deferred.push({ kind: change.kind, result: rejected, subjectId: null });
          return rejected;
        }
        try {
          await store.transaction((trx) => remember(trx, device, change.kind, rejected));
        } catch (again) {
          if (!isUniqueViolation(again)) throw again;
          continue;
        }
        return rejected;
      }
    }
  }

  return {
    /** Applies a batch in order, answering in the order sent; a rejected change does not stop the ones after it (each names its own reason). */
    async sync(caller: Caller, deviceId: string, changes: readonly IncomingChange[], render: ProblemRenderer) {
      const device = await devices.own(caller, deviceId);
      const results: ChangeResult[] = [];
      for (let i = 0; i < changes.length; ) {
        // Registrations next to each other cannot depend on one another (a person's id is known
        // only once registered): their intakes run together and share commits, their answers are
        // recorded together. Edits go one by one, in the order sent.
        let end = i;
        while (end < changes.length && changes[end]!.kind === 'register') end++;
        if (end === i) {
          results.push(await applyOnce(caller, device, changes[i]!, render));
          i++;
          continue;
        }
        const answers: Answer[] = [];
        results.push(...(await Promise.all(changes.slice(i, end).map((change) => applyOnce(caller, device, change, render, answers)))));
        await rememberAll(device, answers);
        i = end;
      }
      await store.transaction((trx) => outreachStore.seen(trx, device.id, clock.now().toISOString()));
      const left = await outreachStore.unusedReferences(store.db, device.id);
      const references = left.length < referenceTopUpBelow ? await store.transaction((trx) => devices.issue(trx, device.id, referenceBlockSize)) : [];
      return { results, references };
    },
  };
}

export type Sync = ReturnType<typeof createSync>;
