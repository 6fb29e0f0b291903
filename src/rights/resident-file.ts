import type { PeopleService } from '../people/service.js';
import { Problem } from '../platform/problem.js';
import type { RegistrationService } from '../registration/service.js';

/** What a resident's portal session reaches: themself (every record of theirs), their applications and scans. */
export interface ResidentFile {
  applicationId: string;
  applicantId: string;
  people: string[];
  applications: string[];
  attachments: string[];
}

/**
 * A resident's session is bound to one application; their rights reach everything about them:
 * every record merged with theirs, every application they made, every scan in those.
 */
export function createResidentFiles(people: PeopleService, registration: RegistrationService) {
  return async function residentFile(applicationId: string): Promise<ResidentFile> {
    const [own] = await registration.erasure.traces([applicationId]);
    if (!own) throw Problem.notFound('application');
    const cluster = await people.cluster([own.applicantId]);
    const applications = await registration.erasure.madeBy(cluster);
    const traces = await registration.erasure.traces(applications);
    return { applicationId, applicantId: own.applicantId, people: cluster, applications, attachments: traces.flatMap((t) => t.attachmentIds) };
  };
}

export type ResidentFiles = ReturnType<typeof createResidentFiles>;
