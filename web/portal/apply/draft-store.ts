import type { Locale } from '../../ui/i18n/locales.js';

export interface PlaceChoice {
  placeId: string | null;
  text: string | null;
  /** What the resident saw when they chose it, to show it again. */
  label: string;
}

/**
 * The application in progress, kept in this phone's localStorage after every change: closing the
 * browser, losing signal or a flat battery loses nothing. `id` and `key` are drawn once per
 * draft, so however often "send" is retried, the server makes one application.
 */
export interface Draft {
  id: string;
  key: string;
  step: number;
  noticeRead: boolean;
  wishesToReside: boolean;
  wishesCitizenship: boolean;
  givenName: string;
  patronymic: string;
  familyName: string;
  sex: '' | 'female' | 'male' | 'other';
  birthDate: string;
  birthPlace: PlaceChoice | null;
  residence: PlaceChoice | null;
  phone: string;
  email: string;
  notifyBy: 'sms' | 'email';
  language: Locale;
  documentType: string;
  documentNumber: string;
  /** JPEG data URLs, already made small on the phone. */
  photos: string[];
  /** Photos already accepted by the server, when sending stopped half-way. */
  photosSent: number;
  /** Set once the application was accepted (so a retry only sends the remaining photos). */
  receipt?: { reference: string; receipt: string };
}

const draftKey = 'homeward.portal.draft';
const receiptKey = 'homeward.portal.receipt';

export const hasDraft = () => localStorage.getItem(draftKey) !== null;

export function loadDraft(): Draft | undefined {
  try {
    const stored = localStorage.getItem(draftKey);
    return stored ? (JSON.parse(stored) as Draft) : undefined;
  } catch {
    return undefined;
  }
}

export function saveDraft(draft: Draft) {
  localStorage.setItem(draftKey, JSON.stringify(draft));
}

export function finishDraft(receipt: { reference: string; receipt: string }) {
  localStorage.setItem(receiptKey, JSON.stringify(receipt));
  localStorage.removeItem(draftKey);
}

export function lastReceipt(): { reference: string; receipt: string } | undefined {
  const stored = localStorage.getItem(receiptKey);
  return stored ? (JSON.parse(stored) as { reference: string; receipt: string }) : undefined;
}
