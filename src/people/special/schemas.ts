import { z } from 'zod';

const Item = z.string().trim().min(1).max(200);
const Notes = z.string().trim().min(1).max(2000).nullable().default(null);

export const disabilityKinds = ['mobility', 'visual', 'hearing', 'speech', 'cognitive', 'psychosocial', 'other'] as const;

export const Health = z.strictObject({
  conditions: z.array(Item).max(20).default([]),
  chronicIllnesses: z.array(Item).max(20).default([]),
  notes: Notes,
});

export const Disability = z.strictObject({
  kinds: z.array(z.enum(disabilityKinds)).max(disabilityKinds.length).default([]),
  notes: Notes,
});

/** What makes someone vulnerable, and what the outreach brigades plan around. */
export const Needs = z.strictObject({
  livesAlone: z.boolean().default(false),
  needsSurgery: z.boolean().default(false),
  needsMedicalEvacuation: z.boolean().default(false),
  needsHomeVisits: z.boolean().default(false),
});

/** Where exactly a vulnerable person lives, for the brigades that visit them. */
export const PreciseLocation = z.strictObject({
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  description: z.string().trim().min(1).max(300).nullable().default(null),
});

export const SpecialCategoriesInput = z.strictObject({
  health: Health.default({ conditions: [], chronicIllnesses: [], notes: null }),
  disability: Disability.default({ kinds: [], notes: null }),
  needs: Needs.default({ livesAlone: false, needsSurgery: false, needsMedicalEvacuation: false, needsHomeVisits: false }),
  location: PreciseLocation.nullable().default(null),
});
export type SpecialCategoriesInput = z.infer<typeof SpecialCategoriesInput>;

export const SpecialCategoriesView = z.object({
  personId: z.string(),
  health: Health,
  disability: Disability,
  needs: Needs,
  location: PreciseLocation.nullable(),
  vulnerable: z.boolean(),
  /** Sections left out for this reader's role (the location reads as null then, whatever it is). */
  withheld: z.array(z.literal('precise-location')),
  version: z.number().int(),
  updatedAt: z.string(),
});
export type SpecialCategoriesView = z.infer<typeof SpecialCategoriesView>;

export const PersonIdParams = z.strictObject({ id: z.string().min(1).max(64) });
