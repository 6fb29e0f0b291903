import { z } from 'zod';
import { purposes } from '../access/core/policy.js';
import { states } from '../registration/core/lifecycle.js';
import { channels } from '../registration/schemas.js';
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
