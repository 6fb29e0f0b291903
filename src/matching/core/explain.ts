/**
 * Sentences a reviewer can read, one per field: what agreed, at which level, on which values.
 * Values are shown as typed, so a reviewer sees "Հովհաննիսյան ≈ Оганесян", not skeletons.
 */
import type { MatchRecord } from './types.js';

const LABELS: Record<string, string> = {
  givenName: 'given name',
  familyName: 'family name',
  patronymic: 'patronymic',
  sex: 'sex',
  birthDate: 'birth date',
  birthPlace: 'birth place',
  phone: 'phone',
  documentNumber: 'document number',
};

const NAME_PHRASES: Record<string, string> = {
  exact: 'identical',
  skeleton: 'same after transliteration',
  close: 'similar spelling (a typo or a dropped vowel)',
  initial: 'initial only',
  disagree: 'different',
};

const RELATED_PHRASES: Record<string, string> = {
  givenName: 'equivalent names (Soviet-era or diminutive form)',
  patronymic: 'equivalent names (Soviet-era or diminutive form)',
  familyName: 'same surname stem, one written in the Russified form',
};

const DATE_PHRASES: Record<string, string> = {
  exact: 'identical',
  partial: 'agree as far as both are known',
  swapped: 'day and month swapped',
  oneOff: 'one of year, month, day differs',
  sameYear: 'same year only',
  nearYear: 'years one apart',
  disagree: 'different',
};

const GENERIC_PHRASES: Record<string, string> = {
  exact: 'identical',
  close: 'nearly identical (one keying error)',
  agree: 'same',
  disagree: 'different',
};

export function labelOf(field: string): string {
  return LABELS[field] ?? field.replace(/^extra:/u, '');
}

export function rawValue(record: MatchRecord, field: string): string | undefined {
  if (field.startsWith('extra:')) return record.extra?.[field.slice('extra:'.length)];
  const value = record[field as keyof Omit<MatchRecord, 'extra'>];
  return typeof value === 'string' ? value : undefined;
}

function phrase(field: string, level: string): string {
  if (level === 'related') return RELATED_PHRASES[field] ?? 'related';
  if (field === 'birthDate') return DATE_PHRASES[level] ?? level;
  if (field in RELATED_PHRASES) return NAME_PHRASES[level] ?? level;
  return GENERIC_PHRASES[level] ?? level;
}

const SYMBOL: Record<string, string> = { exact: '≈', skeleton: '≈', disagree: '≠' };

function frequencyNote(tfBits: number): string {
  if (tfBits >= 1) return '; an uncommon value, so stronger evidence';
  if (tfBits <= -1) return '; a common value, so weaker evidence';
  return '';
}

/** `otherField` is the field of b that was compared, when given and family names were swapped. */
export function explainField(field: string, level: string, a: MatchRecord, b: MatchRecord, tfBits: number, otherField = field): string {
  const label = labelOf(field);
  const x = rawValue(a, field);
  const y = rawValue(b, otherField);
  const swapped = otherField === field ? '' : `, compared with the other record's ${labelOf(otherField)} (names swapped)`;
  if (level === 'missing') return `${label}: not compared (missing on ${x === undefined && y === undefined ? 'both sides' : 'one side'})`;
  const values = x === y ? `(${x})` : `(${x} ${SYMBOL[level] ?? '~'} ${y})`;
  return `${label}: ${phrase(field, level)} ${values}${swapped}${frequencyNote(tfBits)}`;
}
