import { isProblem } from '../../ui/api/problem.js';
import { portalApi, upload } from '../api.js';
import { dataUrlBlob } from '../../ui/resize-photo.js';
import type { Draft } from './draft-store.js';

/** Which step of the form each field is on, to take the resident back to the first error. */
export const fieldStep: Record<string, number> = {
  noticeRead: 0,
  givenName: 1,
  patronymic: 1,
  familyName: 1,
  sex: 1,
  birthDate: 1,
  birthPlace: 2,
  residence: 2,
  phone: 3,
  email: 3,
  documentNumber: 4,
};

/** The server names fields by JSON pointer into the application; the form by its own names. */
export function fieldOf(pointer: string): string {
  const m = /^\/applicant\/(\w+)(?:\/(\d+)\/(\w+))?/.exec(pointer);
  if (!m) return 'noticeRead';
  if (m[1] === 'phones') return 'phone';
  if (m[1] === 'documents') return 'documentNumber';
  return m[1]!;
}

export function applicationOf(d: Draft) {
  const place = (p: Draft['birthPlace']) => p && { placeId: p.placeId, text: p.placeId ? null : p.text };
  return {
    id: d.id,
    applicant: {
      givenName: d.givenName,
      patronymic: d.patronymic.trim() || null,
      familyName: d.familyName,
      sex: d.sex || null,
      birthDate: d.birthDate,
      birthPlace: place(d.birthPlace),
      residence: place(d.residence),
      phones: d.phone.trim() ? [d.phone.trim()] : [],
      email: d.email.trim() || null,
      documents: d.documentType && d.documentNumber.trim() ? [{ type: d.documentType, number: d.documentNumber.trim() }] : [],
      language: d.language,
      notifyBy: d.notifyBy === 'sms' && !d.phone.trim() ? 'email' : d.notifyBy === 'email' && !d.email.trim() ? 'sms' : d.notifyBy,
    },
    declarations: { wishesToReside: d.wishesToReside, wishesCitizenship: d.wishesCitizenship },
    informationNotice: { version: '2026-01', language: d.language },
  };
}

/**
 * Sends the application (once: the draft's own Idempotency-Key), then each photo (each with its
 * own key), recording progress in the draft after every step so that a retry picks up where
 * the connection dropped.
 */
export async function send(draft: Draft, save: (d: Draft) => void, language: string, onPhoto: (done: number) => void): Promise<Draft> {
  let d = draft;
  if (!d.receipt) {
    const { body } = await portalApi.post<{ reference: string; receipt: string }>('/api/portal/applications', applicationOf(d), { idempotencyKey: d.key });
    d = { ...d, receipt: { reference: body.reference, receipt: body.receipt } };
    save(d);
  }
  for (let i = d.photosSent; i < d.photos.length; i++) {
    try {
      await upload('/api/portal/application/attachments?kind=identity-document', await dataUrlBlob(d.photos[i]!), `${d.key}-photo-${i}`, language);
    } catch (e) {
      // The session opened by the application may be gone (a day later): the application stands, the photo can follow with a code.
      if (isProblem(e, 'unauthenticated')) break;
      throw e;
    }
    d = { ...d, photosSent: i + 1 };
    save(d);
    onPhoto(i + 1);
  }
  return d;
}
