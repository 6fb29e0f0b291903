import type { Actor } from '../../platform/actor.js';
import { isLocale } from '../../platform/i18n/locale.js';
import type { PersonInput, PersonView } from '../schemas.js';
import { normaliseDocumentNumber, type DocumentType } from './documents.js';
import { normalisePhone } from './phones.js';
import { detectScript } from './script.js';
import type { PersonEventRow, PersonRows } from '../store.js';

/** SMS when a phone is given, else e-mail when an address is, else no notifications. */
export function defaultNotifyBy(p: PersonInput): 'sms' | 'email' | 'none' {
  return p.notifyBy ?? (p.phones.length ? 'sms' : p.email ? 'email' : 'none');
}

/** The rows that record a new person, from validated input; pure, ids and time passed in. */
export function newPersonRows(id: string, p: PersonInput, at: string): Omit<PersonRows, 'householdId'> {
  return {
    person: {
      id,
      given_name: p.givenName,
      given_name_script: detectScript(p.givenName),
      patronymic: p.patronymic,
      patronymic_script: p.patronymic === null ? null : detectScript(p.patronymic),
      family_name: p.familyName,
      family_name_script: detectScript(p.familyName),
      sex: p.sex,
      birth_date: p.birthDate,
      birth_place_id: p.birthPlace?.placeId ?? null,
      birth_place_text: p.birthPlace?.text ?? null,
      residence_place_id: p.residence?.placeId ?? null,
      residence_text: p.residence?.text ?? null,
      email: p.email,
      language: p.language,
      notify_by: defaultNotifyBy(p),
      merged_into_id: null,
      version: 1,
      created_at: at,
      updated_at: at,
    },
    phones: p.phones.map((raw, position) => ({ person_id: id, position, raw, e164: normalisePhone(raw).e164 })),
    documents: p.documents.map((d, position) => {
      const n = normaliseDocumentNumber(d.type, d.number);
      return {
        person_id: id,
        position,
        type: d.type,
        number_raw: d.number,
        number_normalised: n.normalised,
        format_ok: n.formatOk ? 1 : 0,
        issuer: d.issuer,
      };
    }),
  };
}

export function createdEvent(personId: string, actor: Actor, at: string, input: PersonInput): PersonEventRow {
  return {
    person_id: personId,
    version: 1,
    type: 'created',
    actor_id: actor.id,
    actor_role: actor.role,
    at,
    payload: JSON.stringify(input),
  };
}

export function toPersonView({ person: p, phones, documents, householdId }: PersonRows): PersonView {
  const place = (placeId: string | null, text: string | null) => (placeId || text ? { placeId, text } : null);
  return {
    id: p.id,
    givenName: { value: p.given_name, script: p.given_name_script as PersonView['givenName']['script'] },
    patronymic: p.patronymic === null ? null : { value: p.patronymic, script: (p.patronymic_script ?? 'unknown') as PersonView['givenName']['script'] },
    familyName: { value: p.family_name, script: p.family_name_script as PersonView['givenName']['script'] },
    sex: p.sex as PersonView['sex'],
    birthDate: p.birth_date,
    birthPlace: place(p.birth_place_id, p.birth_place_text),
    residence: place(p.residence_place_id, p.residence_text),
    phones: phones.map((ph) => ({ raw: ph.raw, e164: ph.e164 })),
    email: p.email,
    documents: documents.map((d) => ({
      type: d.type as DocumentType,
      number: d.number_raw,
      normalised: d.number_normalised,
      formatOk: d.format_ok === 1,
      issuer: d.issuer,
    })),
    language: isLocale(p.language) ? p.language : 'en',
    notifyBy: p.notify_by as PersonView['notifyBy'],
    householdId,
    mergedIntoId: p.merged_into_id,
    version: p.version,
    withheld: [],
  };
}
