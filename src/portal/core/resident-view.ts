import { isOpen } from '../../registration/core/lifecycle.js';
import type { ApplicationView } from '../../registration/schemas.js';
import type { ResidentApplication } from '../schemas.js';

/** Steps whose comment is written for the applicant: what the office asks, and what they answered. */
const toldComments = new Set(['request-information', 'resubmit']);

/** "+37497123456" → "•••••••456": enough to recognise one's own number, little for anyone else. */
export const maskPhone = (e164: string) => `${'•'.repeat(Math.max(0, e164.length - 3))}${e164.slice(-3)}`;

/** "aram@example.org" → "a•••@example.org". */
export function maskEmail(email: string): string {
  const at = email.lastIndexOf('@');
  return at > 0 ? `${email[0]}•••${email.slice(at)}` : '•••';
}

/**
 * The application as its applicant sees it: status, the steps in order (without who on the staff
 * took them), what is asked, their documents, how they are told. Staff notes stay with the staff.
 */
export function residentView(app: ApplicationView, receipt: string): ResidentApplication {
  const timeline = app.timeline.map((a) => ({
    type: a.type,
    state: a.stateAfter,
    at: a.at,
    comment: toldComments.has(a.type) ? a.comment : null,
    reasonCode: a.reasonCode,
  }));
  const request = app.state === 'information-requested' ? app.timeline.findLast((a) => a.type === 'request-information') : undefined;
  const phone = app.applicant.phones.find((p) => p.e164)?.e164 ?? null;
  return {
    reference: app.reference!,
    state: app.state,
    receivedAt: app.createdAt,
    updatedAt: app.updatedAt,
    version: app.version,
    timeline,
    asked: request ? { comment: request.comment ?? '', at: request.at } : null,
    canAnswer: app.state === 'information-requested',
    canAttach: isOpen(app.state),
    attachments: app.attachments,
    notifyBy: app.applicant.notifyBy,
    contacts: { sms: phone && maskPhone(phone), email: app.applicant.email && maskEmail(app.applicant.email) },
    receipt,
  };
}
