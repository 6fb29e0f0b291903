import type { FieldError } from '../../../platform/problem.js';
import type { SpecialCategoriesInput } from '../schemas.js';

/** Vulnerable, in the sense of issue 4: lives alone, has a chronic illness, or needs surgery. */
export function isVulnerable(r: Pick<SpecialCategoriesInput, 'health' | 'needs'>): boolean {
  return r.needs.livesAlone || r.needs.needsSurgery || r.health.chronicIllnesses.length > 0;
}

/**
 * Collect the minimum: a precise location is kept only for people who are vulnerable (everyone
 * else is found through their registered residence, which names a settlement, not a house).
 */
export function specialCategoriesProblems(input: SpecialCategoriesInput): FieldError[] {
  return input.location && !isVulnerable(input) ? [{ pointer: '/location', rule: 'location.requires-vulnerable' }] : [];
}

/** The sections a record shows, for the audit trail: the precise location is a section of its own. */
export const sectionsOf = (r: { location: unknown }) => (r.location ? ['special-categories', 'precise-location'] : ['special-categories']);
