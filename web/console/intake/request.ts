import type { ApplicationCreate } from '../../ui/api/types.js';
import type { IntakeDraft, PersonDraft, PlaceChoice } from './draft.js';
import { partialDate, noticeVersion } from './draft.js';

/**
 * Turns the draft into the API's request. Empty phone and document rows are left out, so the
 * positions in the request differ from the rows on screen: `rows` maps each request pointer back
 * to the row it came from, for putting errors next to the right field.
 */
export interface BuiltRequest {
  body: ApplicationCreate;
  rows: Map<string, string>;
}

const optional = (s: string) => (s.trim() ? s.trim() : null);

function place(p: PlaceChoice) {
  if (p.placeId) return { placeId: p.placeId, text: null };
  return p.label.trim() ? { placeId: null, text: p.label.trim() } : null;
}

function person(p: PersonDraft, pointer: string, rows: Map<string, string>) {
  const phones: string[] = [];
  p.phones.forEach((raw, i) => {
    if (!raw.trim()) return;
    rows.set(`${pointer}/phones/${phones.length}`, `${pointer}/phones/${i}`);
    phones.push(raw.trim());
  });
  const documents: { type: PersonDraft['documents'][number]['type']; number: string; issuer: string | null }[] = [];
  p.documents.forEach((d, i) => {
    if (!d.number.trim()) return;
    rows.set(`${pointer}/documents/${documents.length}`, `${pointer}/documents/${i}`);
    documents.push({ type: d.type, number: d.number.trim(), issuer: optional(d.issuer) });
  });
  return {
    givenName: p.givenName.trim(),
    patronymic: optional(p.patronymic),
    familyName: p.familyName.trim(),
    sex: p.sex || null,
    birthDate: partialDate(p.birth),
    birthPlace: place(p.birthPlace),
    residence: place(p.residence),
    phones,
    email: optional(p.email),
    documents,
    language: p.language,
    ...(p.notifyBy ? { notifyBy: p.notifyBy } : {}),
  };
}

export function buildRequest(draft: IntakeDraft): BuiltRequest {
  const rows = new Map<string, string>();
  const body = {
    id: draft.id,
    type: 'initial-registration',
    channel: draft.channel,
    ...(draft.channel === 'outreach' ? { outreachEventId: draft.outreachEventId } : {}),
    applicant: person(draft.applicant, '/applicant', rows),
    household: draft.household.map((m, i) => ({ ...person(m, `/household/${i}`, rows), relationship: m.relationship })),
    declarations: draft.declarations,
    informationNotice: { version: noticeVersion, language: draft.notice.language, mode: draft.notice.mode },
  } as ApplicationCreate;
  return { body, rows };
}

/** The on-screen pointer for a pointer into the request. */
export function screenPointer(rows: Map<string, string>, pointer: string): string {
  for (const [from, to] of rows) if (pointer === from || pointer.startsWith(`${from}/`)) return to + pointer.slice(from.length);
  return pointer;
}
