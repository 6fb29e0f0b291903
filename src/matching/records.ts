import type { MatchRecord } from './core/index.js';
import { normalisePhone } from '../people/core/phones.js';
import type { PersonInput, PersonMatchFields, PersonView } from '../people/schemas.js';
import type { FieldAgreement } from './schemas.js';
import type { FieldScore } from './core/index.js';

/** The fields the matcher compares, from a stored person. */
export function recordOfPerson(p: PersonView): MatchRecord {
  return {
    id: p.id,
    givenName: p.givenName.value,
    ...(p.patronymic ? { patronymic: p.patronymic.value } : {}),
    familyName: p.familyName.value,
    ...(p.sex ? { sex: p.sex } : {}),
    ...(p.birthDate ? { birthDate: p.birthDate } : {}),
    ...(p.birthPlace ? { birthPlace: p.birthPlace.placeId ?? p.birthPlace.text ?? undefined } : {}),
    ...(p.phones.find((ph) => ph.e164) ? { phone: p.phones.find((ph) => ph.e164)!.e164! } : {}),
    ...(p.documents[0] ? { documentNumber: p.documents[0].normalised } : {}),
    ...(p.householdId ? { householdId: p.householdId } : {}),
  };
}

/** The same, from the lean fields read for many candidates at once. */
export function recordOfFields(p: PersonMatchFields): MatchRecord {
  return {
    id: p.id,
    givenName: p.givenName,
    ...(p.patronymic ? { patronymic: p.patronymic } : {}),
    familyName: p.familyName,
    ...(p.sex ? { sex: p.sex } : {}),
    ...(p.birthDate ? { birthDate: p.birthDate } : {}),
    ...(p.birthPlace ? { birthPlace: p.birthPlace } : {}),
    ...(p.phone ? { phone: p.phone } : {}),
    ...(p.documentNumber ? { documentNumber: p.documentNumber } : {}),
    ...(p.householdId ? { householdId: p.householdId } : {}),
  };
}

/** The same, from what a registrar has typed so far (any part may be missing). */
export function recordOfDraft(p: Partial<PersonInput>): MatchRecord {
  const phone = p.phones?.map((raw) => normalisePhone(raw).e164).find(Boolean);
  const place = p.birthPlace?.placeId ?? p.birthPlace?.text;
  return {
    id: 'draft',
    ...(p.givenName ? { givenName: p.givenName } : {}),
    ...(p.patronymic ? { patronymic: p.patronymic } : {}),
    ...(p.familyName ? { familyName: p.familyName } : {}),
    ...(p.sex ? { sex: p.sex } : {}),
    ...(p.birthDate ? { birthDate: p.birthDate } : {}),
    ...(place ? { birthPlace: place } : {}),
    ...(phone ? { phone } : {}),
    ...(p.documents?.[0]?.number ? { documentNumber: p.documents[0].number } : {}),
  };
}

/** The matcher's per-field verdicts in the terms a screen shows: any partial agreement is "similar". */
export function agreements(fields: readonly FieldScore[]): FieldAgreement[] {
  return fields.map((f) => ({
    field: f.field,
    level: f.level === 'missing' ? 'missing' : f.level === 'exact' ? 'exact' : f.level === 'disagree' ? 'different' : 'similar',
    detail: f.explanation,
    weight: Math.round(f.weight * 100) / 100,
  }));
}
