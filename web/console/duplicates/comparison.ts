import type { FieldAgreement } from '../../ui/api/matching.js';
import type { PersonView } from '../../ui/api/types.js';
import type { MessageKey } from '../../ui/i18n/i18n.js';

type PlaceRef = PersonView['birthPlace'];

export type ComparedValue = { kind: 'text'; value: string } | { kind: 'date'; value: string | null } | { kind: 'sex'; value: PersonView['sex'] } | { kind: 'place'; value: PlaceRef };

export interface ComparedField {
  label: MessageKey;
  left: ComparedValue;
  right: ComparedValue;
  /**
   * same: identical as typed (ignoring case and spaces); similar: written differently but the
   * matcher finds them alike (another script, a variant); oneSided: only one record says;
   * differs: they disagree.
   */
  agreement: 'same' | 'similar' | 'oneSided' | 'differs';
}

/** The matcher's field behind each row, whose verdict tells "another spelling" from "different". */
const matcherField: Partial<Record<MessageKey, string>> = {
  'person.familyName': 'familyName',
  'person.givenName': 'givenName',
  'person.patronymic': 'patronymic',
  'person.birthDate': 'birthDate',
  'person.birthPlace': 'birthPlace',
  'person.phones': 'phone',
  'person.documents': 'documentNumber',
};

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

function raw(v: ComparedValue): string {
  if (v.kind === 'place') return v.value?.placeId ?? v.value?.text ?? '';
  return v.value ?? '';
}

/** Two people field by field, for the side-by-side review. */
export function compare(left: PersonView, right: PersonView, fields: readonly FieldAgreement[]): ComparedField[] {
  const level = new Map(fields.map((f) => [f.field, f.level]));
  const rows: [MessageKey, (p: PersonView) => ComparedValue][] = [
    ['person.familyName', (p) => ({ kind: 'text', value: p.familyName.value })],
    ['person.givenName', (p) => ({ kind: 'text', value: p.givenName.value })],
    ['person.patronymic', (p) => ({ kind: 'text', value: p.patronymic?.value ?? '' })],
    ['person.birthDate', (p) => ({ kind: 'date', value: p.birthDate })],
    ['person.sex', (p) => ({ kind: 'sex', value: p.sex })],
    ['person.birthPlace', (p) => ({ kind: 'place', value: p.birthPlace })],
    ['person.residence', (p) => ({ kind: 'place', value: p.residence })],
    ['person.phones', (p) => ({ kind: 'text', value: p.phones.map((x) => x.e164 ?? x.raw).join(', ') })],
    ['person.documents', (p) => ({ kind: 'text', value: p.documents.map((d) => d.number).join(', ') })],
  ];
  return rows.map(([label, get]) => {
    const [l, r] = [get(left), get(right)];
    const [a, b] = [fold(raw(l)), fold(raw(r))];
    const verdict = level.get(matcherField[label] ?? '');
    const agreement = a === b ? 'same' : !a || !b ? 'oneSided' : verdict === 'exact' || verdict === 'similar' ? 'similar' : 'differs';
    return { label, left: l, right: r, agreement };
  });
}
