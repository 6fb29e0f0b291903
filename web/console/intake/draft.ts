import type { documentTypes } from '../../../src/people/core/documents.js';
import type { relationships, sexes } from '../../../src/people/schemas.js';
import type { Locale } from '../../ui/i18n/locales.js';

/** A place as chosen in the form: a gazetteer place, or only the words typed when none fits. */
export interface PlaceChoice {
  placeId: string | null;
  label: string;
}

export interface DocumentDraft {
  type: (typeof documentTypes)[number];
  number: string;
  issuer: string;
}

export interface PersonDraft {
  givenName: string;
  patronymic: string;
  familyName: string;
  sex: '' | (typeof sexes)[number];
  birth: { day: string; month: string; year: string };
  birthPlace: PlaceChoice;
  residence: PlaceChoice;
  phones: string[];
  email: string;
  documents: DocumentDraft[];
  language: Locale;
  notifyBy: '' | 'sms' | 'email' | 'none';
}

export interface MemberDraft extends PersonDraft {
  key: string;
  relationship: '' | (typeof relationships)[number];
}

/** Everything typed at the desk for one application, as typed (strings), kept across reloads. */
export interface IntakeDraft {
  /** The application's id and the submission's idempotency key are fixed when the draft starts, so a resubmission after a lost answer or an expired session can never register the applicant twice. */
  id: string;
  idempotencyKey: string;
  channel: 'reception' | 'outreach';
  outreachEventId: string;
  applicant: PersonDraft;
  household: MemberDraft[];
  declarations: { wishesToReside: boolean; wishesCitizenship: boolean };
  notice: { given: boolean; language: Locale; mode: 'spoken' | 'written' };
}

/** The version of the information notice read to applicants (the text is in the catalogues). */
export const noticeVersion = '2026-01';

const noPlace: PlaceChoice = { placeId: null, label: '' };

export function emptyPerson(language: Locale): PersonDraft {
  return {
    givenName: '',
    patronymic: '',
    familyName: '',
    sex: '',
    birth: { day: '', month: '', year: '' },
    birthPlace: noPlace,
    residence: noPlace,
    phones: [''],
    email: '',
    documents: [{ type: 'am-passport', number: '', issuer: '' }],
    language,
    notifyBy: '',
  };
}

export function emptyMember(language: Locale): MemberDraft {
  return { ...emptyPerson(language), phones: [], documents: [], key: crypto.randomUUID(), relationship: '' };
}

export function emptyDraft(language: Locale): IntakeDraft {
  return {
    id: crypto.randomUUID(),
    idempotencyKey: crypto.randomUUID(),
    channel: 'reception',
    outreachEventId: '',
    applicant: emptyPerson(language),
    household: [],
    declarations: { wishesToReside: true, wishesCitizenship: true },
    notice: { given: false, language, mode: 'spoken' },
  };
}

/** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD' from what is known; the server's partial-date rules judge it. */
export function partialDate({ day, month, year }: PersonDraft['birth']): string {
  const pad = (s: string) => s.trim().padStart(2, '0');
  if (!year.trim()) return '';
  if (!month.trim()) return year.trim();
  return day.trim() ? `${year.trim()}-${pad(month)}-${pad(day)}` : `${year.trim()}-${pad(month)}`;
}
