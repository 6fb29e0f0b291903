import { z } from 'zod';

const localisedName = z.strictObject({
  az: z.string().trim().min(1).max(120),
  hy: z.string().trim().min(1).max(120),
  ru: z.string().trim().min(1).max(120),
  en: z.string().trim().min(1).max(120),
});

export const OfficeView = z.object({
  id: z.string(),
  code: z.string(),
  kind: z.string(),
  placeId: z.string(),
  districtId: z.string().nullable(),
  names: localisedName,
});
export type OfficeView = z.infer<typeof OfficeView>;

export const CreateOfficeRequest = z.strictObject({
  code: z.string().regex(/^[A-Z0-9-]{2,16}$/, 'upper-case code'),
  kind: z.enum(['reception', 'ministry', 'partner']).default('reception'),
  placeId: z.string().min(1).max(32),
  names: localisedName,
});
export type CreateOfficeRequest = z.infer<typeof CreateOfficeRequest>;

const isoDate = z.iso.date();

export const OutreachEventView = z.object({
  id: z.string(),
  code: z.string(),
  officeId: z.string(),
  placeId: z.string(),
  districtId: z.string().nullable(),
  startsOn: z.string(),
  endsOn: z.string(),
});
export type OutreachEventView = z.infer<typeof OutreachEventView>;

export const CreateOutreachEventRequest = z
  .strictObject({
    code: z.string().regex(/^[A-Z0-9-]{2,32}$/, 'upper-case code'),
    officeId: z.string().min(1).max(64),
    placeId: z.string().min(1).max(32),
    startsOn: isoDate,
    endsOn: isoDate,
  })
  .refine((e) => e.endsOn >= e.startsOn, { path: ['endsOn'], params: { rule: 'too-small', min: 'startsOn' } });
export type CreateOutreachEventRequest = z.infer<typeof CreateOutreachEventRequest>;

export const OutreachEventQuery = z.strictObject({
  officeId: z.string().max(64).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
});
