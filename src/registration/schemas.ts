import { z } from 'zod';
import { locales } from '../platform/i18n/locale.js';
import { HouseholdMemberInput, HouseholdView, PersonInput, PersonView } from '../people/schemas.js';
import { NotificationView } from '../notifications/schemas.js';
import { attachmentKinds } from './core/attachments.js';
import { rejectionReasons, states, stepTypes, withdrawalReasons } from './core/lifecycle.js';

export const applicationTypes = ['initial-registration'] as const;
export const channels = ['portal', 'reception', 'outreach'] as const;
export type Channel = (typeof channels)[number];

export const Declarations = z.strictObject({
  /** The applicant wishes to reside in the region. */
  wishesToReside: z.boolean(),
  /** The applicant wishes to obtain documents / citizenship. */
  wishesCitizenship: z.boolean(),
});

export const InformationNotice = z.strictObject({
  version: z.string().trim().min(1).max(20),
  language: z.enum(locales),
  mode: z.enum(['spoken', 'written']),
});

/** An application taken by staff at a reception office or an outreach reception. */
export const ApplicationCreate = z.strictObject({
  /** A client-generated id (UUID), so that an offline device can refer to the application before it syncs. */
  id: z.uuid().optional(),
  type: z.enum(applicationTypes).default('initial-registration'),
  channel: z.enum(['reception', 'outreach']),
  officeId: z.string().min(1).max(64).optional(),
  outreachEventId: z.string().min(1).max(64).optional(),
  applicant: PersonInput,
  household: z.array(HouseholdMemberInput).max(20).default([]),
  declarations: Declarations,
  informationNotice: InformationNotice,
});
export type ApplicationCreate = z.infer<typeof ApplicationCreate>;

/** What a successful submission answers (and what a retried submission answers again). */
export const ApplicationReceipt = z.object({
  id: z.string(),
  reference: z.string(),
  state: z.enum(states),
  version: z.number().int(),
  createdAt: z.string(),
  applicantId: z.string(),
});
export type ApplicationReceipt = z.infer<typeof ApplicationReceipt>;

export const ActionView = z.object({
  version: z.number().int(),
  type: z.string(),
  stateAfter: z.enum(states),
  actor: z.object({ id: z.string().nullable(), role: z.string() }),
  channel: z.string(),
  at: z.string(),
  reasonCode: z.string().nullable(),
  comment: z.string().nullable(),
});

export const AttachmentView = z.object({
  id: z.string(),
  kind: z.enum(attachmentKinds),
  mediaType: z.string(),
  size: z.number().int(),
  createdAt: z.string(),
});
export type AttachmentView = z.infer<typeof AttachmentView>;

export const ApplicationView = z.object({
  id: z.string(),
  reference: z.string().nullable(),
  type: z.enum(applicationTypes),
  channel: z.enum(channels),
  officeId: z.string().nullable(),
  outreachEventId: z.string().nullable(),
  intakeUserId: z.string().nullable(),
  state: z.enum(states),
  version: z.number().int(),
  createdAt: z.string(),
  updatedAt: z.string(),
  declarations: z.object({ wishesToReside: z.boolean(), wishesCitizenship: z.boolean() }),
  informationNotice: z.object({ version: z.string(), language: z.string(), mode: z.string() }),
  applicant: PersonView,
  household: HouseholdView.nullable(),
  timeline: z.array(ActionView),
  notifications: z.array(NotificationView),
  attachments: z.array(AttachmentView),
  allowedSteps: z.array(z.enum(stepTypes)),
});
export type ApplicationView = z.infer<typeof ApplicationView>;

export const StepRequest = z.strictObject({
  reasonCode: z.enum([...new Set([...rejectionReasons, ...withdrawalReasons])] as [string, ...string[]]).optional(),
  comment: z.string().trim().max(2000).optional(),
});
export type StepRequest = z.infer<typeof StepRequest>;

export const ApplicationListQuery = z.strictObject({
  state: z.enum(states).optional(),
  officeId: z.string().max(64).optional(),
  channel: z.enum(channels).optional(),
  outreachEventId: z.string().max(64).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
  sort: z.enum(['oldest', 'newest']).default('oldest'),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type ApplicationListQuery = z.infer<typeof ApplicationListQuery>;

export const ApplicationListItem = z.object({
  id: z.string(),
  reference: z.string().nullable(),
  state: z.enum(states),
  channel: z.enum(channels),
  officeId: z.string().nullable(),
  outreachEventId: z.string().nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  version: z.number().int(),
  applicant: z.object({ id: z.string(), givenName: z.string(), familyName: z.string(), birthDate: z.string().nullable() }),
});

export const ApplicationList = z.object({ total: z.number().int(), items: z.array(ApplicationListItem) });

export const IntakeFiguresQuery = z.strictObject({ from: z.iso.date(), to: z.iso.date() });

export const IntakeFigures = z.object({
  from: z.string(),
  to: z.string(),
  total: z.number().int(),
  rows: z.array(
    z.object({
      day: z.string(),
      channel: z.enum(channels),
      officeId: z.string().nullable(),
      outreachEventId: z.string().nullable(),
      count: z.number().int(),
    }),
  ),
});

export const ApplicationIdParams = z.strictObject({ id: z.string().min(1).max(64) });
export const ReferenceParams = z.strictObject({ reference: z.string().min(1).max(20) });

