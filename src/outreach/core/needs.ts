import type { SpecialCategoriesInput } from '../../people/special/schemas.js';
import type { NeedsFlags } from '../schemas.js';

/**
 * The needs an outreach team ticks at the door, as the sealed special-categories record holds
 * them. The team sees that someone has a chronic illness or a disability, not which: a doctor's
 * or case worker's visit records that.
 */
export function needsRecord(flags: NeedsFlags): SpecialCategoriesInput | undefined {
  if (!Object.values(flags).some(Boolean)) return undefined;
  return {
    health: { conditions: [], chronicIllnesses: flags.chronicIllness ? ['unspecified'] : [], notes: null },
    disability: { kinds: flags.disability ? ['other'] : [], notes: null },
    needs: { livesAlone: flags.livesAlone, needsSurgery: flags.needsSurgery, needsMedicalEvacuation: false, needsHomeVisits: false },
    location: null,
  };
}
