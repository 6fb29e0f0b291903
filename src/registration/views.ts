import type { Deps } from '../context.js';
import { inScope, type Caller } from '../access/caller.js';
import { scopeFor, type Permission } from '../access/core/policy.js';
import type { AuditService } from '../audit/service.js';
import type { NotificationsService } from '../notifications/service.js';
import type { DuplicateReview } from '../matching/duplicates.js';
import type { PeopleService } from '../people/service.js';
import { restrictPersonView, sectionsShown } from '../people/core/sections.js';
import { Problem } from '../platform/problem.js';
import { possibleSteps, transitions, type State } from './core/lifecycle.js';
import { toActionView } from './core/rows.js';
import type { ApplicationListQuery, ApplicationView, Channel } from './schemas.js';
import { registrationStore, type ApplicationRow, type AttachmentRow } from './store.js';


export const toAttachmentView = (a: AttachmentRow) => ({
  id: a.id,
  kind: a.kind,
  mediaType: a.media_type,
  size: a.size,
  createdAt: a.created_at,
});

/**
 * Reading applications: one with its whole story, worklists, and the daily figures. Every read
 * that returns personal data writes its audit entries first; if they cannot be written, nothing
 * is returned.
 */
export function createViews({ store }: Deps, people: PeopleService, notifications: NotificationsService, audit: AuditService, duplicates: DuplicateReview) {
  /** The steps this caller could take now: possible in the state, granted by a role, in scope. */
  function allowedSteps(caller: Caller, app: ApplicationRow) {
    if (!caller.subject) return [];
    const subject = caller.subject;
    return possibleSteps(app.state as State).filter((step) => {
      const scope = scopeFor(subject.roles, transitions[step].permission as Permission);
      return scope !== undefined && inScope({ ...caller, scope }, { officeId: app.office_id });
    });
  }

  return {
    async application(caller: Caller, id: string): Promise<ApplicationView> {
      const app = await registrationStore.application(store.db, id);
      if (!app || !inScope(caller, { officeId: app.office_id, applicationId: app.id })) throw Problem.notFound('application');
      // A household holds the applicant too: its members are read once, with the applicant among them.
      const [household, actions, attachments, messages] = await Promise.all([
        app.household_id ? people.household(app.household_id) : Promise.resolve(undefined),
        registrationStore.actions(store.db, id),
        registrationStore.attachments(store.db, id),
        notifications.forSubject('application', id),
      ]);
      const found = household?.members.find((m) => m.person.id === app.applicant_id)?.person ?? (await people.byIds([app.applicant_id])).get(app.applicant_id);
      if (!found) throw Problem.notFound('application');
      if (!caller.sections.includes('identity')) throw Problem.forbidden('section');
      const applicant = restrictPersonView(found, caller.sections);
      const shown = sectionsShown(caller.sections);
      const visibleHousehold = household && {
        ...household,
        members: household.members.map((m) => ({ ...m, person: restrictPersonView(m.person, caller.sections) })),
      };
      await audit.recordReads(
        { actor: caller.actor, action: 'read', purpose: caller.purpose, record: { type: 'application', id }, sections: shown },
        ...(household?.members ?? [{ person: applicant }]).map((m) => ({
          actor: caller.actor,
          action: 'read',
          purpose: caller.purpose,
          record: { type: 'person', id: m.person.id },
          sections: shown,
        })),
      );
      return {
        id: app.id,
        reference: app.reference,
        type: app.type as ApplicationView['type'],
        channel: app.channel as Channel,
        officeId: app.office_id,
        outreachEventId: app.outreach_event_id,
        intakeUserId: app.intake_user_id,
        state: app.state as State,
        version: app.version,
        createdAt: app.created_at,
        updatedAt: app.updated_at,
        declarations: { wishesToReside: app.wishes_to_reside === 1, wishesCitizenship: app.wishes_citizenship === 1 },
        informationNotice: { version: app.notice_version, language: app.notice_language, mode: app.notice_mode },
        applicant,
        household: visibleHousehold ?? null,
        timeline: actions.map(toActionView),
        notifications: messages,
        attachments: attachments.map(toAttachmentView),
        allowedSteps: allowedSteps(caller, app),
      };
    },

    /** Possible duplicates of the application's applicant and household, found by the intake check. */
    async duplicates(caller: Caller, id: string) {
      const app = await registrationStore.application(store.db, id);
      if (!app || !inScope(caller, { officeId: app.office_id })) throw Problem.notFound('application');
      const household = app.household_id ? await people.household(app.household_id) : undefined;
      return duplicates.forPeople(caller, household ? household.members.map((m) => m.person.id) : [app.applicant_id]);
    },

    async list(caller: Caller, q: ApplicationListQuery) {
      if (!caller.sections.includes('identity')) throw Problem.forbidden('section');
      // A registrar not yet placed at an office sees nobody's applications.
      if (caller.scope === 'office' && !caller.subject?.officeId) return { total: 0, items: [] };
      const officeId = caller.scope === 'office' ? caller.subject!.officeId! : q.officeId;
      if (caller.scope === 'office' && q.officeId && q.officeId !== officeId) throw Problem.forbidden('scope');
      const { rows, total } = await registrationStore.list(store.db, { ...q, officeId, newestFirst: q.sort === 'newest' });
      const applicants = await people.byIds(rows.map((r) => r.applicant_id));
      await audit.recordReads(
        ...rows.map((r) => ({ actor: caller.actor, action: 'list', purpose: caller.purpose, record: { type: 'person', id: r.applicant_id }, sections: ['identity'] })),
      );
      return {
        total,
        items: rows.map((r) => {
          const a = applicants.get(r.applicant_id);
          return {
            id: r.id,
            reference: r.reference,
            state: r.state as State,
            channel: r.channel as Channel,
            officeId: r.office_id,
            outreachEventId: r.outreach_event_id,
            createdAt: r.created_at,
            updatedAt: r.updated_at,
            version: r.version,
            applicant: {
              id: r.applicant_id,
              givenName: a?.givenName.value ?? '',
              familyName: a?.familyName.value ?? '',
              birthDate: a?.birthDate ?? null,
            },
          };
        }),
      };
    },

    /** The application a reference number names, without personal data: how the portal finds a resident's file. */
    async byReference(reference: string) {
      const app = await registrationStore.applicationByReference(store.db, reference);
      return app && { id: app.id, applicantId: app.applicant_id, createdAt: app.created_at };
    },

    /** Which of these reference numbers applications already carry (one query for a device's whole block). */
    referencesTaken: (references: readonly string[]) => registrationStore.referencesTaken(store.db, references),

    /** The applicants of an office's most recent applications: ids only. */
    applicantsOfOffice: (officeId: string, limit: number) => registrationStore.applicantsOfOffice(store.db, officeId, limit),

    /**
     * Whether the caller's scope covers an office where this person applied, themselves or in
     * someone's household (who may correct them).
     */
    async coversPerson(caller: Caller, personId: string) {
      const [asApplicant, asMember] = await Promise.all([
        registrationStore.applicantOffices(store.db, [personId]),
        people.householdsOf([personId]).then((households) => registrationStore.householdOffices(store.db, households)),
      ]);
      return [...asApplicant, ...asMember].some((officeId) => inScope(caller, { officeId }));
    },

    /** Every reference number issued so far (for bulk loads, which draw their own). */
    async referencesInUse(): Promise<Set<string>> {
      return new Set(await registrationStore.references(store.db));
    },

    /** Counts only: "5 at the Khankendi office, 2 at outreach, 98 through the portal". */
    async intakeFigures(caller: Caller, from: string, to: string) {
      const rows = (await registrationStore.intakeCounts(store.db, from, to)).filter((r) => inScope(caller, { officeId: r.office_id }));
      const out = rows.map((r) => ({
        day: r.created_on,
        channel: r.channel as Channel,
        officeId: r.office_id,
        outreachEventId: r.outreach_event_id,
        count: Number(r.n),
      }));
      return { from, to, total: out.reduce((s, r) => s + r.count, 0), rows: out };
    },
  };
}

export type Views = ReturnType<typeof createViews>;
