import type { PersonView } from '../../ui/api/types.js';
import type { MessageKey } from '../../ui/i18n/i18n.js';

type PlaceRef = PersonView['birthPlace'];

export type ComparedValue = { kind: 'text'; value: string } | { kind: 'date'; value: string | null } | { kind: 'sex'; value: PersonView['sex'] } | { kind: 'place'; value: PlaceRef };

export interface ComparedField {
  label: MessageKey;
  left: ComparedValue;
  right: ComparedValue;
  /** The two records say different things here (compared as typed, ignoring case and spaces). */
  differs: boolean;
}

const fold = (s: string) => s.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ').trim();

function raw(v: ComparedValue): string {
  if (v.kind === 'place') return v.value?.placeId ?? v.value?.text ?? '';
  return v.value ?? '';
}

/** Two people field by field, for the side-by-side review. */
export function compare(left: PersonView, right: PersonView): ComparedField[] {
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
    return { label, left: l, right: r, differs: fold(raw(l)) !== fold(raw(r)) };
  });
}
