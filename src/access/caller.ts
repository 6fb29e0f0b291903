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
}

export function inScope(caller: Caller, record: RecordLocation): boolean {
  if (caller.scope === 'all') return true;
  return caller.subject !== null && withinScope(caller.subject, caller.scope, record);
}

/** The system acting on its own (workers, the demo loader, migrations): everything is in scope. */
export const systemCaller = (actor: Actor): Caller => ({ actor, subject: null, scope: 'all', sections: allSections });

/** A resident acting on their own file (through the portal): they see all of it, and only it. */
export const applicantCaller = (): Caller => ({ actor: applicantActor, subject: null, scope: 'own', sections: allSections });
