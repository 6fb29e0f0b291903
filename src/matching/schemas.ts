import { z } from 'zod';
import { partialDatePattern } from '../people/core/birth-date.js';
import { PersonInput, PersonView } from '../people/schemas.js';

export const FieldAgreement = z.object({
  field: z.string(),
  /** exact; similar (the same name in another script, a typo, an equivalent name); different; missing on either side. */
  level: z.enum(['exact', 'similar', 'different', 'missing']),
  /** The matcher's sentence for a reviewer, values shown as typed. */
  detail: z.string(),
  /** Evidence in bits: positive for "the same person". */
  weight: z.number(),
});
export type FieldAgreement = z.infer<typeof FieldAgreement>;

export const PersonMatch = z.object({
  person: PersonView,
  /** Probability that the two are one person, under the configured model. */
  score: z.number(),
  weight: z.number(),
  likelyDuplicate: z.boolean(),
  fields: z.array(FieldAgreement),
});
export type PersonMatch = z.infer<typeof PersonMatch>;

export const PersonMatches = z.object({ items: z.array(PersonMatch), refine: z.boolean() });

export const PeopleSearchQuery = z
  .strictObject({
    q: z.string().trim().max(200).optional(),
    birthDate: z.string().regex(partialDatePattern, 'YYYY, YYYY-MM or YYYY-MM-DD').optional(),
    placeId: z.string().max(32).optional(),
    phone: z.string().trim().max(30).optional(),
    document: z.string().trim().max(40).optional(),
    limit: z.coerce.number().int().min(1).max(50).default(20),
  })
  .refine((q) => !!(q.q || q.phone || q.document), { params: { rule: 'required' }, path: ['q'] });
export type PeopleSearchQuery = z.infer<typeof PeopleSearchQuery>;

/** A person being typed at intake: any part of it may still be missing. */
export const CandidatesRequest = PersonInput.partial().extend({ limit: z.number().int().min(1).max(20).default(8) });
export type CandidatesRequest = z.infer<typeof CandidatesRequest>;

export const duplicateStates = ['open', 'confirmed', 'dismissed'] as const;

export const DuplicateCandidate = z.object({
  id: z.string(),
  state: z.enum(duplicateStates),
  score: z.number(),
  applicationId: z.string().nullable(),
  /** The record found later (the new registration). */
  left: PersonView,
  /** The record it may duplicate. */
  right: PersonView,
  fields: z.array(FieldAgreement),
  foundAt: z.string(),
  decidedAt: z.string().nullable(),
  version: z.number().int(),
});
export type DuplicateCandidate = z.infer<typeof DuplicateCandidate>;

export const DuplicateListQuery = z.strictObject({
  state: z.enum(duplicateStates).default('open'),
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).default(0),
});

export const DuplicateList = z.object({ total: z.number().int(), items: z.array(DuplicateCandidate) });
export const IdParams = z.strictObject({ id: z.string().min(1).max(64) });
