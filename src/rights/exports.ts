import type { Kysely } from 'kysely';
import type { Caller } from '../access/caller.js';
import { purposesOf, type Purpose, type Role } from '../access/core/policy.js';
import type { AuditService } from '../audit/service.js';
import type { Deps } from '../context.js';
import type { OfficesService } from '../offices/service.js';
import type { PeopleService } from '../people/service.js';
import type { PersonView } from '../people/schemas.js';
import type { PlacesService } from '../places/service.js';
import { systemActor } from '../platform/actor.js';
import { localDay } from '../platform/local-day.js';
import { Problem } from '../platform/problem.js';
import type { RegistrationService } from '../registration/service.js';
import type { ApplicationRow } from '../registration/store.js';
import type { FileStore } from '../store/files.js';
import { csv, sectionsOfColumns, type ExportColumn } from './core/export-columns.js';
import type { ExportRequest, ExportView } from './schemas.js';
import { rightsStore, type ExportRow, type RightsTables } from './store.js';

/** A file larger than this is not a partner's list but a copy of the registry: ask for less. */
const maxRows = 50_000;
const dayMs = 24 * 3600_000;

const toView = (r: ExportRow): ExportView => ({
  id: r.id,
  recipient: r.recipient,
  purpose: r.purpose as Purpose,
  columns: JSON.parse(r.columns) as ExportColumn[],
  filter: JSON.parse(r.filter) as ExportView['filter'],
  days: r.days,
  state: r.state as ExportView['state'],
  requestedBy: r.requested_by,
  requestedRole: r.requested_role,
  decidedBy: r.decided_by,
  decidedRole: r.decided_role,
  decidedAt: r.decided_at,
  decisionNote: r.decision_note,
  expiresAt: r.expires_at,
  rows: r.rows,
  createdAt: r.created_at,
  version: r.version,
});

export interface ExportParts {
  registration: RegistrationService;
  people: PeopleService;
  places: PlacesService;
  offices: OfficesService;
  files: FileStore;
  audit: AuditService;
  erasedPeople: (ids: readonly string[]) => Promise<Set<string>>;
}

/**
 * Personal-data exports (a CSV of people for a partner). Four eyes: one staff member asks
 * (recipient, purpose, columns from the allow-list, which applications, how many days), and a
 * different one with the right to approve decides; the file is made only on approval, sealed in
 * the file store, downloadable by the one who asked until it expires, then removed. Every step is
 * audited, and every download writes an entry for each person in the file: a resident's access
 * log shows that their data was exported, for whom and why.
 */
export function createExports({ store, clock, ids, config }: Deps, parts: ExportParts) {
  const db = store.db as Kysely<RightsTables>;

  async function load(id: string, from: Kysely<RightsTables> = db) {
    const row = await rightsStore.export(from, id);
    if (!row) throw Problem.notFound('export');
    return row;
  }

  async function placeName(id: string | null, text: string | null) {
    return id ? ((await parts.places.get(id))?.names.en ?? id) : text;
  }

  /** The export's rows: the applicants of the applications the filter names, erased people left out. */
  async function produce(row: ExportRow) {
    const columns = JSON.parse(row.columns) as ExportColumn[];
    const apps = await parts.registration.erasure.matching(JSON.parse(row.filter) as ExportView['filter'], maxRows + 1);
    if (apps.length > maxRows) throw new Problem('conflict', { resource: 'export' }, [], { reason: 'too-many-rows', max: maxRows });
    const erased = await parts.erasedPeople(apps.map((a) => a.applicant_id));
    const kept = apps.filter((a) => !erased.has(a.applicant_id));
    const people = await parts.people.byIds(kept.map((a) => a.applicant_id));
    const lines: Record<ExportColumn, string | null>[] = [];
    for (const app of kept) {
      const person = people.get(app.applicant_id);
      if (person) lines.push(await line(app, person));
    }
    return { content: Buffer.from(csv(columns, lines), 'utf8'), personIds: [...new Set(kept.map((a) => a.applicant_id))], rows: lines.length };
  }

  async function line(app: ApplicationRow, p: PersonView): Promise<Record<ExportColumn, string | null>> {
    return {
      reference: app.reference,
      givenName: p.givenName.value,
      patronymic: p.patronymic?.value ?? null,
      familyName: p.familyName.value,
      sex: p.sex,
      birthDate: p.birthDate,
      birthPlace: await placeName(p.birthPlace?.placeId ?? null, p.birthPlace?.text ?? null),
      residence: await placeName(p.residence?.placeId ?? null, p.residence?.text ?? null),
      phone: p.phones.find((ph) => ph.e164)?.e164 ?? p.phones[0]?.raw ?? null,
      email: p.email,
      documentType: p.documents[0]?.type ?? null,
      documentNumber: p.documents[0]?.number ?? null,
      applicationState: app.state,
      channel: app.channel,
      office: app.office_id ? ((await parts.offices.office(app.office_id))?.code ?? null) : null,
      receivedOn: localDay(new Date(app.created_at), config.timeZone),
    };
  }

  return {
    async request(caller: Caller, input: ExportRequest): Promise<ExportView> {
      const missing = sectionsOfColumns(input.columns).filter((s) => !caller.sections.includes(s));
      if (missing.length) throw Problem.forbidden('section');
      if (!purposesOf(caller.actor.role as Role).includes(input.purpose)) throw Problem.forbidden('purpose');
      const row: ExportRow = {
        id: ids.uuid(),
        requested_by: caller.actor.id!,
        requested_role: caller.actor.role,
        recipient: input.recipient,
        purpose: input.purpose,
        columns: JSON.stringify(input.columns),
        filter: JSON.stringify(input.filter),
        days: input.days,
        state: 'requested',
        decided_by: null,
        decided_role: null,
        decided_at: null,
        decision_note: null,
        expires_at: null,
        file_id: null,
        rows: null,
        version: 1,
        created_at: clock.now().toISOString(),
      };
      await store.transaction(async (trx) => {
        await rightsStore.insertExport(trx as Kysely<RightsTables>, row);
        await parts.audit.record(trx, {
          actor: caller.actor,
          action: 'export.request',
          purpose: input.purpose,
          record: { type: 'export', id: row.id },
          detail: { columns: input.columns.join(','), days: input.days },
        });
      });
      return toView(row);
    },

    /** Approves or refuses, never one's own request; approval makes the file. */
    async decide(caller: Caller, id: string, approve: boolean, note: string | null): Promise<ExportView> {
      const row = await load(id);
      if (row.requested_by === caller.actor.id) throw Problem.forbidden('own-request');
      if (row.state !== 'requested') throw new Problem('conflict', { resource: 'export' }, [], { currentState: row.state });
      const now = clock.now();
      const decision = { decided_by: caller.actor.id, decided_role: caller.actor.role, decided_at: now.toISOString(), decision_note: note };
      const made = approve ? await produce(row) : undefined;
      const fileId = made ? await parts.files.put(made.content) : null;
      try {
        await store.transaction(async (trx) => {
          const t = trx as Kysely<RightsTables>;
          const set = made
            ? { ...decision, state: 'approved', file_id: fileId, rows: made.rows, expires_at: new Date(now.getTime() + row.days * dayMs).toISOString() }
            : { ...decision, state: 'refused' };
          if (!(await rightsStore.updateExport(t, id, row.version, set))) throw new Problem('version-mismatch');
          if (made) await rightsStore.insertExportPeople(t, id, made.personIds);
          await parts.audit.record(trx, {
            actor: caller.actor,
            action: approve ? 'export.approve' : 'export.refuse',
            record: { type: 'export', id },
            ...(made ? { detail: { rows: made.rows } } : {}),
          });
        });
      } catch (e) {
        if (fileId) await parts.files.remove(fileId);
        throw e;
      }
      return toView(await load(id));
    },

    /** The file, for the one who asked, while it lasts; each download is audited person by person. */
    async download(caller: Caller, id: string): Promise<{ content: Buffer; view: ExportView }> {
      const row = await load(id);
      if (row.requested_by !== caller.actor.id) throw Problem.forbidden('not-requester');
      if (['expired', 'withdrawn'].includes(row.state) || (row.expires_at && row.expires_at <= clock.now().toISOString())) throw new Problem('gone');
      if (row.state !== 'approved' || !row.file_id) throw new Problem('conflict', { resource: 'export' }, [], { currentState: row.state });
      const content = await parts.files.get(row.file_id);
      const people = await rightsStore.exportPeople(db, id);
      const sections = sectionsOfColumns(JSON.parse(row.columns) as ExportColumn[]);
      await parts.audit.recordReads(
        { actor: caller.actor, action: 'export.download', purpose: row.purpose, record: { type: 'export', id }, detail: { rows: row.rows ?? 0 } },
        ...people.map((personId) => ({ actor: caller.actor, action: 'export', purpose: row.purpose, record: { type: 'person', id: personId }, sections, detail: { export: id } })),
      );
      return { content, view: toView(row) };
    },

    /** Removes the files of exports past their expiry (the retention job); how many expired. */
    async expire(): Promise<number> {
      const due = await rightsStore.expiredExports(db, clock.now().toISOString());
      for (const row of due) {
        if (row.file_id) await parts.files.remove(row.file_id);
        await store.transaction(async (trx) => {
          if (await rightsStore.updateExport(trx as Kysely<RightsTables>, row.id, row.version, { state: 'expired', file_id: null })) {
            await parts.audit.record(trx, { actor: systemActor, action: 'export.expire', record: { type: 'export', id: row.id } });
          }
        });
      }
      return due.length;
    },

    get: async (id: string) => toView(await load(id)),
    list: async (limit: number) => (await rightsStore.exports(db, limit)).map(toView),
  };
}

export type Exports = ReturnType<typeof createExports>;
