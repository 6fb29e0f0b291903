import { applicantCaller } from '../access/caller.js';
import { sections } from '../access/core/policy.js';
import type { AuditService } from '../audit/service.js';
import type { Deps } from '../context.js';
import type { NotificationsService } from '../notifications/service.js';
import type { PeopleService } from '../people/service.js';
import type { SpecialCategories } from '../people/special/service.js';
import { applicantActor } from '../platform/actor.js';
import { Problem } from '../platform/problem.js';
import type { RegistrationService } from '../registration/service.js';
import type { ResidentFile } from './resident-file.js';
import type { AccessLogEntry, DataCopy, ResidentCorrection } from './schemas.js';

export interface CopyParts {
  people: PeopleService;
  special: SpecialCategories;
  registration: RegistrationService;
  notifications: NotificationsService;
  audit: AuditService;
}

const purpose = 'data-subject-request';

/**
 * A resident's copy of everything the registry holds about them: every record of theirs with its
 * special categories opened, the history of each (every value it ever held), every application
 * with its steps — staff comments included, the staff who took them named only by role — the
 * messages sent and where, the scans (listed here, each downloadable), their correction requests
 * and who accessed the file. Of their household, the members' names and relationships as the
 * application gave them; the members' own details are theirs to ask for. Audited as a read for a
 * data-subject request.
 */
export function createCopies({ clock }: Deps, parts: CopyParts) {
  async function applicationsOf(file: ResidentFile) {
    const messages = await parts.notifications.addressedAbout('application', file.applications);
    return Promise.all(
      file.applications.map(async (id) => {
        const app = await parts.registration.views.application({ ...applicantCaller(id), purpose }, id);
        return {
          reference: app.reference,
          type: app.type,
          channel: app.channel,
          officeId: app.officeId,
          state: app.state,
          createdAt: app.createdAt,
          updatedAt: app.updatedAt,
          declarations: app.declarations,
          informationNotice: app.informationNotice,
          household: (app.household?.members ?? [])
            .filter((m) => m.person.id !== app.applicant.id)
            .map((m) => ({ relationship: m.relationship, givenName: m.person.givenName.value, familyName: m.person.familyName.value })),
          timeline: app.timeline.map((s) => ({ type: s.type, state: s.stateAfter, at: s.at, role: s.actor.role, reasonCode: s.reasonCode, comment: s.comment })),
          attachments: app.attachments,
          messages: messages
            .filter((m) => m.subjectId === id)
            .map((m) => ({ event: m.event, channel: m.channel, recipient: m.recipient, state: m.state, createdAt: m.createdAt, sentAt: m.sentAt })),
        };
      }),
    );
  }

  return {
    async of(file: ResidentFile, extras: { corrections: ResidentCorrection[]; accessLog: AccessLogEntry[] }): Promise<DataCopy> {
      const persons = await parts.people.byIds(file.people);
      const records = await Promise.all(
        file.people.flatMap((id) => {
          const person = persons.get(id);
          return person ? [parts.special.forOwner(id).then((specialCategories) => ({ person, specialCategories }))] : [];
        }),
      );
      const copy: DataCopy = {
        generatedAt: clock.now().toISOString(),
        records,
        applications: await applicationsOf(file),
        history: (await parts.people.events(file.people)).map(({ personId: _personId, ...e }) => e),
        corrections: extras.corrections,
        accessLog: extras.accessLog,
      };
      await parts.audit.recordReads(...file.people.map((id) => ({ actor: applicantActor, action: 'copy', purpose, record: { type: 'person', id }, sections })));
      return copy;
    },

    /** One of the resident's own scans; audited. */
    async scan(file: ResidentFile, attachmentId: string) {
      if (!file.attachments.includes(attachmentId)) throw Problem.notFound('attachment');
      const [trace] = (await parts.registration.erasure.traces(file.applications)).filter((t) => t.attachmentIds.includes(attachmentId));
      return parts.registration.attachments.content({ ...applicantCaller(trace!.id), purpose }, trace!.id, attachmentId);
    },
  };
}

export type Copies = ReturnType<typeof createCopies>;
