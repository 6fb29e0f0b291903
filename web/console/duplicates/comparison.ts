import type { PersonView } from '../../ui/api/types.js';
import type { MessageKey } from '../../ui/i18n/i18n.js';

export interface ComparedField {
  label: MessageKey;
  left: string;
  right: string;
  /** The two records say different things here (compared as typed, ignoring case and spaces). */
  differs: boolean;
}

const place = (p: PersonView['birthPlace']) => p?.placeId ?? p?.text ?? '';
const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

/** Two people field by field, for the side-by-side review. */
export function compare(left: PersonView, right: PersonView): ComparedField[] {
  const rows: [MessageKey, (p: PersonView) => string][] = [
    ['person.familyName', (p) => p.familyName.value],
    ['person.givenName', (p) => p.givenName.value],
    ['person.patronymic', (p) => p.patronymic?.value ?? ''],
    ['person.birthDate', (p) => p.birthDate ?? ''],
    ['person.sex', (p) => p.sex ?? ''],
    ['person.birthPlace', (p) => place(p.birthPlace)],
    ['person.residence', (p) => place(p.residence)],
    ['person.phones', (p) => p.phones.map((x) => x.e164 ?? x.raw).join(', ')],
    ['person.documents', (p) => p.documents.map((d) => `${d.type} ${d.normalised}`).join(', ')],
  ];
  return rows.map(([label, get]) => ({ label, left: get(left), right: get(right), differs: fold(get(left)) !== fold(get(right)) }));
}
