import { z } from 'zod';
import { locales } from '../platform/i18n/locale.js';
import { partialDatePattern } from './core/birth-date.js';
import { documentTypes } from './core/documents.js';
import { scripts } from './core/script.js';

/** A name exactly as the person or clerk typed it, in any script. */
const Name = z.string().trim().min(1).max(100);

export const PlaceRef = z
  .strictObject({
    placeId: z.string().min(1).max(32).nullable().default(null),
    text: z.string().trim().min(1).max(200).nullable().default(null),
  })
  .refine((p) => p.placeId !== null || p.text !== null, { params: { rule: 'required' } });
export type PlaceRef = z.infer<typeof PlaceRef>;

export const sexes = ['female', 'male', 'other'] as const;
export const notifyChannels = ['sms', 'email', 'none'] as const;
export const relationships = ['spouse', 'child', 'parent', 'sibling', 'grandparent', 'grandchild', 'other-relative', 'other'] as const;

export const DocumentInput = z.strictObject({
  type: z.enum(documentTypes),
  number: z.string().trim().min(1).max(40),
  issuer: z.string().trim().max(120).nullable().default(null),
});

export const PersonInput = z.strictObject({
  givenName: Name,
  patronymic: Name.nullable().default(null),
  familyName: Name,
  sex: z.enum(sexes).nullable().default(null),
  birthDate: z.string().regex(partialDatePattern, 'YYYY, YYYY-MM or YYYY-MM-DD'),
  birthPlace: PlaceRef.nullable().default(null),
  residence: PlaceRef.nullable().default(null),
  phones: z.array(z.string().trim().min(1).max(30)).max(5).default([]),
  email: z.email().max(200).nullable().default(null),
  documents: z.array(DocumentInput).max(10).default([]),
  language: z.enum(locales).default('az'),
  /** How to tell the person about their application; by default SMS when a phone is given, else e-mail. */
  notifyBy: z.enum(notifyChannels).optional(),
});
export type PersonInput = z.infer<typeof PersonInput>;

export const HouseholdMemberInput = PersonInput.extend({ relationship: z.enum(relationships) });
export type HouseholdMemberInput = z.infer<typeof HouseholdMemberInput>;

const ScriptedName = z.object({ value: z.string(), script: z.enum(scripts) });

export const PersonView = z.object({
  id: z.string(),
  givenName: ScriptedName,
  patronymic: ScriptedName.nullable(),
  familyName: ScriptedName,
  sex: z.enum(sexes).nullable(),
  birthDate: z.string().nullable(),
  birthPlace: z.object({ placeId: z.string().nullable(), text: z.string().nullable() }).nullable(),
  residence: z.object({ placeId: z.string().nullable(), text: z.string().nullable() }).nullable(),
  phones: z.array(z.object({ raw: z.string(), e164: z.string().nullable() })),
  email: z.string().nullable(),
  documents: z.array(
    z.object({ type: z.enum(documentTypes), number: z.string(), normalised: z.string(), formatOk: z.boolean(), issuer: z.string().nullable() }),
  ),
  language: z.enum(locales),
  notifyBy: z.enum(notifyChannels),
  householdId: z.string().nullable(),
  mergedIntoId: z.string().nullable(),
  /** The names of records merged into this one, kept so that the person is found by any of them. */
  aliases: z.array(z.object({ sourcePersonId: z.string(), givenName: z.string(), patronymic: z.string().nullable(), familyName: z.string() })),
  version: z.number().int(),
  /** Sections of the record left out because the reader's role does not need them. */
  withheld: z.array(z.enum(['contact', 'documents'])),
});
export type PersonView = z.infer<typeof PersonView>;

export const HouseholdView = z.object({
  id: z.string(),
  contactPersonId: z.string().nullable(),
  members: z.array(z.object({ person: PersonView, relationship: z.string() })),
});
export type HouseholdView = z.infer<typeof HouseholdView>;


/** What the matcher compares of a stored person, as typed (first phone and document only). */
export interface PersonMatchFields {
  id: string;
  givenName: string;
  patronymic: string | null;
  familyName: string;
  sex: (typeof sexes)[number] | null;
  birthDate: string | null;
  birthPlace: string | null;
  phone: string | null;
  documentNumber: string | null;
  householdId: string | null;
  mergedIntoId: string | null;
}
