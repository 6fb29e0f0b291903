import { z } from 'zod';
import { purposes } from '../access/core/policy.js';
import { states } from '../registration/core/lifecycle.js';
import { channels } from '../registration/schemas.js';
import { PersonView } from '../people/schemas.js';
import { SpecialCategoriesView } from '../people/special/schemas.js';
import { locales } from '../platform/i18n/locale.js';
import { accessKinds } from './core/access-log.js';
import { correctionFields } from './core/corrections.js';
import { exportColumnNames } from './core/export-columns.js';

export const IdParams = z.strictObject({ id: z.string().min(1).max(64) });

/** Why someone's data was erased; 'retention' is the job's own reason and cannot be asked for. */
export const erasureReasons = ['resident-request', 'court-order', 'unlawful-processing', 'consent-withdrawn', 'other', 'retention'] as const;
export type ErasureReason = (typeof erasureReasons)[number];

export const ErasureRequest = z.strictObject({
  reason: z.enum(erasureReasons.filter((r) => r !== 'retention') as [ErasureReason, ...ErasureReason[]]),
  /** The officer's own words (a case number, the decision); kept with the erasure, never in the audit trail. */
  note: z.string().trim().min(1).max(500).nullable().default(null),
});
export type ErasureRequest = z.infer<typeof ErasureRequest>;

export const ErasureView = z.object({
  id: z.string(),
  reason: z.enum(erasureReasons),
  note: z.string().nullable(),
  /** 'rows-erased' → 'files-removed' → 'done'; an erasure not done is resumed by the retention job. */
  stage: z.enum(['rows-erased', 'files-removed', 'done']),
  people: z.number().int(),
  applications: z.number().int(),
  createdAt: z.string(),
  finishedAt: z.string().nullable(),
});
export type ErasureView = z.infer<typeof ErasureView>;

export const erasureRequestStates = ['open', 'erased', 'refused'] as const;

/** A resident's request to have their data erased, as they see it: whether it is waiting, and the answer. */
export const ResidentErasureRequest = z.object({
  id: z.string(),
  state: z.enum(erasureRequestStates),
  requestedAt: z.string(),
  decidedAt: z.string().nullable(),
  /** Why the officer refused (a legal duty to keep the data, say), in their words. */
  decisionNote: z.string().nullable(),
});
export type ResidentErasureRequest = z.infer<typeof ResidentErasureRequest>;

/** The same for the data-protection officer: whose file, and the version a decision must name. */
export const StaffErasureRequest = ResidentErasureRequest.extend({
  personId: z.string(),
  applicationId: z.string(),
  erasureId: z.string().nullable(),
  decidedRole: z.string().nullable(),
  version: z.number().int(),
});
export type StaffErasureRequest = z.infer<typeof StaffErasureRequest>;

export const ErasureRequestListQuery = z.strictObject({
  state: z.enum(erasureRequestStates).default('open'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const ErasureRequestRefusal = z.strictObject({ note: z.string().trim().min(1).max(500) });

export const HoldRequest = z.strictObject({ reason: z.string().trim().min(1).max(500) });

export const HoldView = z.object({
  id: z.string(),
  personId: z.string(),
  reason: z.string(),
  placedAt: z.string(),
  liftedAt: z.string().nullable(),
});
export type HoldView = z.infer<typeof HoldView>;

export const ListQuery = z.strictObject({ limit: z.coerce.number().int().min(1).max(500).default(100) });

export const ExportFilter = z.strictObject({
  officeId: z.string().max(64).optional(),
  channel: z.enum(channels).optional(),
  state: z.enum(states).optional(),
  from: z.iso.date().optional(),
  to: z.iso.date().optional(),
});

/** A file of personal data for a partner: who it is for, why, which columns (of the allow-list), whose rows, for how long. */
export const ExportRequest = z.strictObject({
  recipient: z.string().trim().min(1).max(120),
  purpose: z.enum(purposes),
  columns: z
    .array(z.enum(exportColumnNames))
    .min(1)
    .max(exportColumnNames.length)
    .refine((c) => new Set(c).size === c.length, { params: { rule: 'invalid' } }),
  filter: ExportFilter.default({}),
  /** How long the file can be downloaded once approved. */
  days: z.number().int().min(1).max(30).default(7),
});
export type ExportRequest = z.infer<typeof ExportRequest>;

export const ExportApproval = z.strictObject({ note: z.string().trim().min(1).max(500).nullable().default(null) });
export const ExportRefusal = z.strictObject({ note: z.string().trim().min(1).max(500) });

export const exportStates = ['requested', 'approved', 'refused', 'expired', 'withdrawn'] as const;

export const ExportView = z.object({
  id: z.string(),
  recipient: z.string(),
  purpose: z.enum(purposes),
  columns: z.array(z.enum(exportColumnNames)),
  filter: ExportFilter,
  days: z.number().int(),
  /** requested → approved (downloadable until expiresAt) or refused; approved → expired, or withdrawn when someone in it was erased. */
  state: z.enum(exportStates),
  requestedBy: z.string(),
  requestedRole: z.string(),
  decidedBy: z.string().nullable(),
  decidedRole: z.string().nullable(),
  decidedAt: z.string().nullable(),
  decisionNote: z.string().nullable(),
  expiresAt: z.string().nullable(),
  rows: z.number().int().nullable(),
  createdAt: z.string(),
  version: z.number().int(),
});
export type ExportView = z.infer<typeof ExportView>;

export const AccessLogEntry = z.object({
  at: z.string(),
  /** The role of whoever did it (never who: see rights/core/access-log.ts). */
  role: z.string(),
  office: z.object({ id: z.string(), code: z.string(), names: z.object({ az: z.string(), hy: z.string(), ru: z.string(), en: z.string() }) }).nullable(),
  purpose: z.string().nullable(),
  kind: z.enum(accessKinds),
  sections: z.array(z.string()),
});
export type AccessLogEntry = z.infer<typeof AccessLogEntry>;
export const AccessLog = z.object({ items: z.array(AccessLogEntry) });

export const CorrectionInput = z.strictObject({
  field: z.enum(correctionFields),
  /** The right value (for "other", none: the comment says what is wrong). */
  value: z.string().trim().min(1).max(200).nullable().default(null),
  comment: z.string().trim().min(1).max(1000).nullable().default(null),
});
export type CorrectionInput = z.infer<typeof CorrectionInput>;

export const correctionStates = ['open', 'applied', 'rejected'] as const;

/** A correction request as the resident sees it: what was asked, and what became of it. */
export const ResidentCorrection = z.object({
  id: z.string(),
  field: z.enum(correctionFields),
  requestedValue: z.string().nullable(),
  comment: z.string().nullable(),
  state: z.enum(correctionStates),
  requestedAt: z.string(),
  resolvedAt: z.string().nullable(),
  resolutionNote: z.string().nullable(),
});
export type ResidentCorrection = z.infer<typeof ResidentCorrection>;

/** The same for staff, with the value the record holds now and where it was asked from. */
export const StaffCorrection = ResidentCorrection.extend({
  personId: z.string(),
  applicationId: z.string(),
  currentValue: z.string().nullable(),
  resolvedRole: z.string().nullable(),
  version: z.number().int(),
});
export type StaffCorrection = z.infer<typeof StaffCorrection>;

export const CorrectionListQuery = z.strictObject({
  state: z.enum(correctionStates).default('open'),
  limit: z.coerce.number().int().min(1).max(500).default(100),
});
export const CorrectionApply = z.strictObject({ note: z.string().trim().min(1).max(500).nullable().default(null) });
export const CorrectionReject = z.strictObject({ note: z.string().trim().min(1).max(500) });

/** Everything the registry holds about a resident, opened for them (special categories included). */
export const DataCopy = z.object({
  generatedAt: z.string(),
  records: z.array(z.object({ person: PersonView, specialCategories: SpecialCategoriesView.nullable() })),
  applications: z.array(
    z.object({
      reference: z.string().nullable(),
      type: z.string(),
      channel: z.string(),
      officeId: z.string().nullable(),
      state: z.string(),
      createdAt: z.string(),
      updatedAt: z.string(),
      declarations: z.object({ wishesToReside: z.boolean(), wishesCitizenship: z.boolean() }),
      informationNotice: z.object({ version: z.string(), language: z.string(), mode: z.string() }),
      household: z.array(z.object({ relationship: z.string(), givenName: z.string(), familyName: z.string() })),
      timeline: z.array(z.object({ type: z.string(), state: z.string(), at: z.string(), role: z.string(), reasonCode: z.string().nullable(), comment: z.string().nullable() })),
      attachments: z.array(z.object({ id: z.string(), kind: z.string(), mediaType: z.string(), size: z.number(), createdAt: z.string() })),
      messages: z.array(z.object({ event: z.string(), channel: z.string(), recipient: z.string(), state: z.string(), createdAt: z.string(), sentAt: z.string().nullable() })),
    }),
  ),
  history: z.array(z.object({ version: z.number(), type: z.string(), at: z.string(), actorRole: z.string(), payload: z.unknown() })),
  corrections: z.array(ResidentCorrection),
  accessLog: z.array(AccessLogEntry),
});
export type DataCopy = z.infer<typeof DataCopy>;

export const CopyPdfQuery = z.strictObject({ lang: z.enum(locales).optional() });
