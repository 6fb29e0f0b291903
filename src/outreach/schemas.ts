import { z } from 'zod';
import { correctableFields } from '../people/core/corrections.js';
import { partialDatePattern } from '../people/core/birth-date.js';
import { HouseholdMemberInput, PersonInput, sexes } from '../people/schemas.js';
import { Declarations, InformationNotice } from '../registration/schemas.js';

/** What an outreach team records about needs at the door; stored sealed as special categories. */
export const NeedsFlags = z.strictObject({
  livesAlone: z.boolean().default(false),
  chronicIllness: z.boolean().default(false),
  needsSurgery: z.boolean().default(false),
  disability: z.boolean().default(false),
});
export type NeedsFlags = z.infer<typeof NeedsFlags>;

export const DeviceRegistration = z.strictObject({
  outreachEventId: z.string().min(1).max(64),
  label: z.string().trim().min(1).max(60),
  /** How many reference numbers to carry (a long trip or a benchmark needs more than the default). */
  references: z.number().int().min(1).max(2000).optional(),
});

export const DeviceView = z.object({
  id: z.string(),
  userId: z.string(),
  officeId: z.string(),
  outreachEventId: z.string(),
  label: z.string(),
  createdAt: z.string(),
  lastSeenAt: z.string(),
  wipedAt: z.string().nullable(),
});
export type DeviceView = z.infer<typeof DeviceView>;

/** Answered once, to the signed-in worker on the device: the secret its local key is derived from, and its numbers. */
export const DeviceEnrolment = z.object({
  device: DeviceView,
  unlockSecret: z.string(),
  references: z.array(z.string()),
  maxOfflineHours: z.number().int(),
});

export const DeviceUnlock = z.object({ unlockSecret: z.string(), references: z.array(z.string()), maxOfflineHours: z.number().int() });

export const DeviceIdParams = z.strictObject({ id: z.string().min(1).max(64) });

/** A resident (and household) registered offline, with the reference the device handed them. */
export const RegisterData = z.strictObject({
  applicationId: z.uuid(),
  reference: z.string().min(1).max(20),
  applicant: PersonInput,
  household: z.array(HouseholdMemberInput).max(20).default([]),
  needs: NeedsFlags.default({ livesAlone: false, chronicIllness: false, needsSurgery: false, disability: false }),
  declarations: Declarations,
  informationNotice: InformationNotice,
});
export type RegisterData = z.infer<typeof RegisterData>;

const editableValues = {
  givenName: z.string().trim().min(1).max(100),
  patronymic: z.string().trim().min(1).max(100),
  familyName: z.string().trim().min(1).max(100),
  sex: z.enum(sexes),
  birthDate: z.string().regex(partialDatePattern, 'YYYY, YYYY-MM or YYYY-MM-DD'),
  email: z.email().max(200),
  residence: z.string().trim().min(1).max(200),
} satisfies Record<(typeof correctableFields)[number], z.ZodType>;
export type EditableField = keyof typeof editableValues;
export const editableFields = Object.keys(editableValues) as EditableField[];

/** Changes to fields of a person, based on the version the device last saw. */
export const EditData = z.strictObject({
  personId: z.string().min(1).max(64),
  baseVersion: z.number().int().min(1),
  fields: z
    .strictObject(Object.fromEntries(Object.entries(editableValues).map(([k, v]) => [k, v.optional()])) as { [K in EditableField]: z.ZodOptional<(typeof editableValues)[K]> })
    .refine((f) => Object.keys(f).length > 0, { params: { rule: 'required' } }),
});
export type EditData = z.infer<typeof EditData>;

export const changeKinds = ['register', 'edit'] as const;

/** One change of a device's outbox. The id is the device's; the data is checked item by item, so one bad item does not refuse the batch. */
export const OutboxChange = z.strictObject({
  changeId: z.uuid(),
  kind: z.enum(changeKinds),
  data: z.record(z.string(), z.unknown()),
});

export const SyncRequest = z.strictObject({
  deviceId: z.string().min(1).max(64),
  changes: z.array(OutboxChange).max(200),
});
export type SyncRequest = z.infer<typeof SyncRequest>;

const ProblemDoc = z.object({ type: z.string(), title: z.string(), status: z.number(), code: z.string() }).loose();

export const ChangeResult = z.object({
  changeId: z.string(),
  outcome: z.enum(['accepted', 'rejected']),
  /** For a registration: the application, its applicant and the reference confirmed (or replaced, if it was taken). */
  application: z.object({ id: z.string(), reference: z.string(), applicantId: z.string(), applicantVersion: z.number().int() }).optional(),
  /** For an edit: the fields applied, those left as they were, and the conflicts raised. */
  merged: z.array(z.string()).optional(),
  conflicts: z.array(z.object({ id: z.string(), field: z.string() })).optional(),
  personVersion: z.number().int().optional(),
  problem: ProblemDoc.optional(),
});
export type ChangeResult = z.infer<typeof ChangeResult>;

export const SyncAnswer = z.object({
  results: z.array(ChangeResult),
  /** Reference numbers added to the device's block when it ran low. */
  references: z.array(z.string()),
});

export const DeviceStatus = z.object({ wiped: z.boolean(), maxOfflineHours: z.number().int() });

export const MatchKeys = z.object({ keys: z.array(z.string()), count: z.number().int() });

const EditablePerson = z.object({
  personId: z.string(),
  version: z.number().int(),
  fields: z.record(z.string(), z.string().nullable()),
});

/** An applicant taken onto a device for corrections, with the other members of their household. */
export const PersonForVisit = EditablePerson.extend({
  /** Where document photos taken on the visit go. */
  applicationId: z.string(),
  reference: z.string(),
  household: z.array(EditablePerson.extend({ relationship: z.string() })),
});

const ConflictSide = z.object({
  value: z.string().nullable(),
  author: z.string().describe('userId@deviceId for a change made on an outreach device, else the role of whoever corrected the record'),
  by: z.string().nullable().describe('Who made the change on a device, by name'),
  device: z.string().nullable().describe('The label of the device the change was made on'),
  at: z.string().nullable().describe('When the change reached the server'),
});

export const ConflictView = z.object({
  id: z.string(),
  personId: z.string(),
  /** Null once the person is gone (merged away); the values stay readable. */
  person: z.object({ givenName: z.string(), familyName: z.string() }).nullable(),
  field: z.string(),
  baseVersion: z.number().int(),
  current: ConflictSide,
  proposed: ConflictSide,
  state: z.enum(['open', 'resolved']),
  createdAt: z.string(),
  chosen: z.enum(['current', 'proposed']).nullable(),
  resolvedBy: z.string().nullable().describe('Who chose, by name'),
  resolvedAt: z.string().nullable(),
});
export type ConflictView = z.infer<typeof ConflictView>;

export const ConflictList = z.object({ items: z.array(ConflictView) });
export const ConflictCount = z.object({ open: z.number().int() });
export const ConflictQuery = z.strictObject({ state: z.enum(['open', 'resolved']).default('open') });
export const ConflictResolution = z.strictObject({ choose: z.enum(['current', 'proposed']) });
export const ReferenceParams = z.strictObject({ reference: z.string().min(1).max(20) });
export const ConflictIdParams = z.strictObject({ id: z.string().min(1).max(120) });
