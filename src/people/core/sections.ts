import type { Section } from '../../access/core/policy.js';
import type { PersonView } from '../schemas.js';

/**
 * A person's record as a role may see it: contact details and identity documents are left out
 * for roles that do not need them, and the view says which sections were withheld so that a
 * screen shows "not shown to you" rather than "none".
 */
export function restrictPersonView(view: PersonView, allowed: readonly Section[]): PersonView {
  const withheld = (['contact', 'documents'] as const).filter((s) => !allowed.includes(s));
  if (!withheld.length) return view;
  return {
    ...view,
    ...(withheld.includes('contact') ? { phones: [], email: null, residence: null } : {}),
    ...(withheld.includes('documents') ? { documents: [] } : {}),
    withheld: [...view.withheld, ...withheld],
  };
}

/** The sections a restricted view shows (what the audit trail records as read). */
export const sectionsShown = (allowed: readonly Section[]): Section[] =>
  (['identity', 'contact', 'documents'] as const).filter((s) => allowed.includes(s));
