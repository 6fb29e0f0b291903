import type { AccessService } from '../access/service.js';
import type { Deps } from '../context.js';
import type { OfficesService } from '../offices/service.js';
import type { PlacesService } from '../places/service.js';
import { createAccessLogs } from './access-log.js';
import { createCopies } from './copy.js';
import { createCorrections } from './corrections.js';
import { createErasure, type ErasureParts } from './erasure.js';
import { createErasureRequests } from './erasure-requests.js';
import { createExports } from './exports.js';
import { createHolds } from './holds.js';
import { createResidentFiles } from './resident-file.js';
import { createRetention } from './retention.js';

export interface RightsParts extends ErasureParts {
  places: PlacesService;
  offices: OfficesService;
  access: AccessService;
}

/**
 * Residents' rights and retention (issue 4): what a resident sees and asks for through the portal
 * (who accessed their file, a copy of their data, corrections, erasure), erasure, legal holds, exports and
 * the retention job.
 */
export function createRights(deps: Deps, parts: RightsParts) {
  const erasure = createErasure(deps, parts);
  const holds = createHolds(deps, parts.people, parts.audit);
  const exports = createExports(deps, { ...parts, erasedPeople: (ids) => erasure.erasedIds('person', ids) });
  const retention = createRetention(deps, parts.registration, erasure, () => exports.expire());
  return {
    residentFile: createResidentFiles(parts.people, parts.registration),
    accessLog: createAccessLogs(parts.audit, parts.access, parts.offices),
    copies: createCopies(deps, parts),
    corrections: createCorrections(deps, parts.people, parts.registration, parts.matching, parts.audit),
    erasure,
    erasureRequests: createErasureRequests(deps, parts.audit),
    holds,
    exports,
    retention,
  };
}

export type Rights = ReturnType<typeof createRights>;
