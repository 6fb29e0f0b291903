import type { CandidateProbe } from '../../ui/api/matching.js';
import type { PersonView } from '../../ui/api/types.js';
import type { MessageKey } from '../../ui/i18n/i18n.js';

/**
 * The matcher's fields as the console names them. The matcher's own sentence (`detail`) is in
 * English, so screens build theirs from these labels, the level and the two values instead.
 */
export const matchFieldLabel: Record<string, MessageKey> = {
  givenName: 'person.givenName',
  familyName: 'person.familyName',
  patronymic: 'person.patronymic',
  sex: 'person.sex',
  birthDate: 'person.birthDate',
  birthPlace: 'person.birthPlace',
  phone: 'match.field.phone',
  documentNumber: 'person.document.number',
};

/** What one side of a comparison says for each compared field, as typed (places by id or text). */
export type MatchSide = Partial<Record<string, string>>;

export function sideOfPerson(p: PersonView): MatchSide {
  return {
    givenName: p.givenName.value,
    familyName: p.familyName.value,
    ...(p.patronymic ? { patronymic: p.patronymic.value } : {}),
    ...(p.sex ? { sex: p.sex } : {}),
    ...(p.birthDate ? { birthDate: p.birthDate } : {}),
    ...(p.phones[0] ? { phone: p.phones[0].e164 ?? p.phones[0].raw } : {}),
    ...(p.documents[0] ? { documentNumber: p.documents[0].number } : {}),
  };
}

export function sideOfProbe(p: CandidateProbe): MatchSide {
  return {
    ...(p.givenName ? { givenName: p.givenName } : {}),
    ...(p.familyName ? { familyName: p.familyName } : {}),
    ...(p.patronymic ? { patronymic: p.patronymic } : {}),
    ...(p.sex ? { sex: p.sex } : {}),
    ...(p.birthDate ? { birthDate: p.birthDate } : {}),
    ...(p.phones?.[0] ? { phone: p.phones[0] } : {}),
    ...(p.documents?.[0]?.number ? { documentNumber: p.documents[0].number } : {}),
  };
}
