import type { Deps } from '../context.js';
import type { OfficesService } from '../offices/service.js';
import type { PlacesService } from '../places/service.js';
import { createErasure, type ErasureParts } from './erasure.js';
import { createExports } from './exports.js';
import { createHolds } from './holds.js';
import { createRetention } from './retention.js';

export interface RightsParts extends ErasureParts {
  places: PlacesService;
  offices: OfficesService;
}

/** Residents' rights and retention (issue 4): erasure, legal holds, exports and the retention job. */
export function createRights(deps: Deps, parts: RightsParts) {
  const erasure = createErasure(deps, parts);
  const holds = createHolds(deps, parts.people, parts.audit);
  const exports = createExports(deps, { ...parts, erasedPeople: (ids) => erasure.erasedIds('person', ids) });
  const retention = createRetention(deps, parts.registration, erasure, () => exports.expire());
  return { erasure, holds, exports, retention };
}

export type Rights = ReturnType<typeof createRights>;
