import { z } from 'zod';

export const placeKinds = ['district', 'city', 'town', 'village', 'checkpoint', 'other'] as const;
export type PlaceKind = (typeof placeKinds)[number];

export const PlaceNames = z.object({ az: z.string(), hy: z.string(), hyLatn: z.string(), ru: z.string(), en: z.string() });

export const PlaceView = z.object({
  id: z.string(),
  kind: z.string(),
  districtId: z.string().nullable(),
  names: PlaceNames,
  lat: z.number().nullable(),
  lon: z.number().nullable(),
  note: z.string().nullable(),
});
export type PlaceView = z.infer<typeof PlaceView>;

export const PlaceAlias = z.object({ name: z.string(), lang: z.string(), type: z.string(), period: z.string().nullable() });

export const PlaceDetail = PlaceView.extend({ aliases: z.array(PlaceAlias) });

export const PlaceSearchQuery = z.strictObject({
  q: z.string().trim().min(1).max(100),
  kind: z.enum(placeKinds).optional(),
  limit: z.coerce.number().int().min(1).max(50).default(10),
});

export const PlaceHit = z.object({ place: PlaceView, matched: z.string(), lang: z.string(), score: z.number() });

const name = z.string().trim().min(1).max(120);

export const AddPlaceRequest = z.strictObject({
  id: z.string().regex(/^[A-Z0-9][A-Z0-9-]{1,31}$/, 'upper-case code'),
  kind: z.enum(placeKinds),
  districtId: z.string().max(32).nullable(),
  names: z.strictObject({ az: name, hy: name, hyLatn: name, ru: name, en: name }),
  lat: z.number().min(-90).max(90).nullable(),
  lon: z.number().min(-180).max(180).nullable(),
  note: z.string().max(2000).nullable().default(null),
});
export type AddPlaceRequest = z.infer<typeof AddPlaceRequest>;

export const AddAliasRequest = z.strictObject({
  name,
  lang: z.string().regex(/^[a-z]{2,3}(-[A-Za-z]{4})?$/, 'language tag such as hy-Armn'),
  type: z.string().trim().min(1).max(40).default('variant'),
  period: z.string().max(40).nullable().default(null),
  source: z.string().max(400).nullable().default(null),
});
export type AddAliasRequest = z.infer<typeof AddAliasRequest>;

export const PlaceIdParams = z.strictObject({ id: z.string().min(1).max(32) });
