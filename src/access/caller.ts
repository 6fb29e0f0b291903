import type { Actor } from '../platform/actor.js';
import { withinScope, type RecordLocation, type Scope, type Subject } from './core/policy.js';

/**
 * Who is asking a service to do something, as far as the service needs to know: the actor to
 * record, the staff member (null for residents and the system), the scope their role grants for
 * this operation, and the purpose of a read of personal data.
 */
export interface Caller {
  actor: Actor;
  subject: Subject | null;
  scope: Scope;
  purpose?: string;
}

export function inScope(caller: Caller, record: RecordLocation): boolean {
  if (caller.scope === 'all') return true;
  return caller.subject !== null && withinScope(caller.subject, caller.scope, record);
}

/** The system acting on its own (workers, the demo loader, migrations): everything is in scope. */
export const systemCaller = (actor: Actor): Caller => ({ actor, subject: null, scope: 'all' });
