import { z } from 'zod';
import { locales } from '../platform/i18n/locale.js';
import { partialDatePattern } from '../people/core/birth-date.js';
import { HouseholdMemberInput, PersonInput } from '../people/schemas.js';
import { attachmentKinds } from '../registration/core/attachments.js';
import { states } from '../registration/core/lifecycle.js';
import { AttachmentView, Declarations } from '../registration/schemas.js';

/**
 * An application made by the resident on the portal. The notice was read (written, in the
 * language chosen); the client generates `id` and the Idempotency-Key once per draft, so a retry
 * can never make a second application.
 */
export const PortalApplicationCreate = z.strictObject({
  id: z.uuid().optional(),
  applicant: PersonInput,
  household: z.array(HouseholdMemberInput).max(20).default([]),
  declarations: Declarations,
  informationNotice: z.strictObject({ version: z.string().trim().min(1).max(20), language: z.enum(locales) }),
});
export type PortalApplicationCreate = z.infer<typeof PortalApplicationCreate>;

/** What the resident keeps: the reference and the signed receipt (the QR code's text). */
export const PortalReceipt = z.object({
  reference: z.string(),
  receivedAt: z.string(),
  state: z.enum(states),
  receipt: z.string(),
});

export const ReceiptCheck = z.strictObject({ payload: z.string().trim().min(1).max(1000) });

export const ReceiptVerdict = z.union([
  z.object({ genuine: z.literal(true), reference: z.string(), issuedAt: z.string(), holder: z.string(), birthYear: z.string(), keyId: z.string() }),
  z.object({ genuine: z.literal(false) }),
]);

export const ReceiptPdfQuery = z.strictObject({ payload: z.string().trim().min(1).max(1000), lang: z.enum(locales).default('az') });

export const ReceiptKeys = z.object({
  keys: z.array(z.object({ id: z.string(), algorithm: z.literal('Ed25519'), publicKey: z.string().describe('raw 32-byte key, base64'), createdAt: z.string() })),
});

export const CodeRequest = z.strictObject({
  reference: z.string().trim().min(1).max(30),
  birthDate: z.string().trim().regex(partialDatePattern, 'YYYY, YYYY-MM or YYYY-MM-DD'),
});

/** The same for every request, matched or not: a code was sent if the details match. */
export const CodeChallenge = z.object({ challengeId: z.string(), expiresAt: z.string() });

export const CodeEntry = z.strictObject({ challengeId: z.string().min(1).max(64), code: z.string().trim().min(1).max(20) });

export const ResidentStep = z.object({
  type: z.string(),
  state: z.enum(states),
  at: z.string(),
  /** What the office asked, or what the resident answered; other comments stay with the staff. */
  comment: z.string().nullable(),
  reasonCode: z.string().nullable(),
});

export const ResidentApplication = z.object({
  reference: z.string(),
  state: z.enum(states),
  receivedAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  timeline: z.array(ResidentStep),
  /** The open request for information, if any: what to bring or send. */
  asked: z.object({ comment: z.string(), at: z.string() }).nullable(),
  canAnswer: z.boolean(),
  canAttach: z.boolean(),
  attachments: z.array(AttachmentView),
  notifyBy: z.enum(['sms', 'email', 'none']),
  /** Where messages can go, shown masked so a borrowed phone reveals little. */
  contacts: z.object({ sms: z.string().nullable(), email: z.string().nullable() }),
  receipt: z.string(),
});
export type ResidentApplication = z.infer<typeof ResidentApplication>;

export const ResidentAnswer = z.strictObject({ comment: z.string().trim().max(2000).optional() });

export const NotifyPreference = z.strictObject({ notifyBy: z.enum(['sms', 'email']) });

export const ResidentAttachmentQuery = z.strictObject({ kind: z.enum(attachmentKinds) });
