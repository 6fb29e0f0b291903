import type { FieldError } from '../../platform/problem.js';
import type { PersonInput } from '../schemas.js';
import { checkBirthDate } from './birth-date.js';
import { normaliseDocumentNumber } from './documents.js';
import { normalisePhone } from './phones.js';

/**
 * The rules a person's details must meet beyond their shape: a birth date that exists and is
 * plausible today, phone numbers we can reach, document numbers that fit a certain format, and a
 * way to reach the person for the channel they chose. Every failing field is reported at once.
 */
export function personProblems(p: PersonInput, pointer: string, today: Date): FieldError[] {
  const errors: FieldError[] = [];
  const dateRule = checkBirthDate(p.birthDate, today);
  if (dateRule) errors.push({ pointer: `${pointer}/birthDate`, rule: dateRule, ...(dateRule === 'date.too-old' ? { params: { years: 120 } } : {}) });

  const phones = p.phones.map(normalisePhone);
  phones.forEach((ph, i) => {
    if (!ph.e164) errors.push({ pointer: `${pointer}/phones/${i}`, rule: 'phone.invalid' });
  });
  p.documents.forEach((d, i) => {
    if (normaliseDocumentNumber(d.type, d.number).refused) {
      errors.push({ pointer: `${pointer}/documents/${i}/number`, rule: 'document.format', params: { type: d.type } });
    }
  });
  if (p.notifyBy === 'sms' && p.phones.length === 0) errors.push({ pointer: `${pointer}/phones`, rule: 'required' });
  if (p.notifyBy === 'email' && !p.email) errors.push({ pointer: `${pointer}/email`, rule: 'required' });
  return errors;
}

/** Every place a person's details refer to, with where it sits in the request. */
export function placeReferences(p: PersonInput, pointer: string) {
  return [
    { pointer: `${pointer}/birthPlace/placeId`, id: p.birthPlace?.placeId },
    { pointer: `${pointer}/residence/placeId`, id: p.residence?.placeId },
  ];
}
