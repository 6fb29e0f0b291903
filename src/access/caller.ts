import { applicantActor, type Actor } from '../platform/actor.js';
import { sections as allSections, withinScope, type RecordLocation, type Scope, type Section, type Subject } from './core/policy.js';

/**
 * Who is asking a service to do something, as far as the service needs to know: the actor to
 * record, the staff member (null for residents and the system), the scope their role grants for
 * this operation, the sections of a person's record it may see, and the purpose of a read.
 */
export interface Caller {
  actor: Actor;
  subject: Subject | null;
  scope: Scope;
  sections: readonly Section[];
  purpose?: string;
  /** A resident's own application: the only one an applicant caller may see or change. */
  applicationId?: string;
}

export function inScope(caller: Caller, record: RecordLocation & { applicationId?: string }): boolean {
  if (caller.scope === 'all') return true;
  if (caller.applicationId !== undefined) return record.applicationId === caller.applicationId;
  return caller.subject !== null && withinScope(caller.subject, caller.scope, record);
}

/** The system acting on its own (workers, the demo loader, migrations): everything is in scope. */
export const systemCaller = (actor: Actor): Caller => ({ actor, subject: null, scope: 'all', sections: allSections });

/**
 * A resident acting on their own file (through the portal): they see all of it, and only it. With
 * an application id (a resident's portal session), that application is the whole of their scope.
 */
export const applicantCaller = (applicationId?: string): Caller => ({
  actor: applicantActor,
  subject: null,
  scope: 'own',
  sections: allSections,
  ...(applicationId ? { applicationId, purpose: 'registration' } : {}),
});
