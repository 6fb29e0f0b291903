import type { NotificationEvent } from '../../notifications/core/templates.js';
import type { Recipient } from '../../notifications/service.js';
import type { PersonView } from '../../people/schemas.js';
import type { State } from './lifecycle.js';

/** The message a state tells the applicant about; 'submitted' is told together with 'received'. */
export const eventForState: Record<State, NotificationEvent | undefined> = {
  submitted: undefined,
  received: 'received',
  'in-review': 'in-review',
  'information-requested': 'information-requested',
  resubmitted: 'resubmitted',
  approved: 'approved',
  rejected: 'rejected',
  'documents-issued': 'documents-issued',
  withdrawn: 'withdrawn',
};

/** Where to tell the applicant, by the channel they chose; undefined when they cannot be reached. */
export function recipientOf(person: Pick<PersonView, 'notifyBy' | 'phones' | 'email' | 'language'>): Recipient | undefined {
  if (person.notifyBy === 'sms') {
    const phone = person.phones.find((p) => p.e164)?.e164;
    return phone ? { channel: 'sms', address: phone, language: person.language } : undefined;
  }
  if (person.notifyBy === 'email' && person.email) return { channel: 'email', address: person.email, language: person.language };
  return undefined;
}
