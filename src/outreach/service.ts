import type { Deps } from '../context.js';
import type { AccessService } from '../access/service.js';
import type { AuditService } from '../audit/service.js';
import type { MatchingService } from '../matching/service.js';
import type { OfficesService } from '../offices/service.js';
import type { PeopleService } from '../people/service.js';
import type { SpecialCategories } from '../people/special/service.js';
import type { RegistrationService } from '../registration/service.js';
import { createConflicts } from './conflicts.js';
import { createDevices } from './devices.js';
import { createSync } from './sync.js';
import { outreachStore } from './store.js';
import { createVisits } from './visits.js';
import type { Executor } from '../store/store.js';

/** Offline outreach: devices and their reference numbers, sync of their outboxes, and the conflict inbox. */
export function createOutreach(
  deps: Deps,
  offices: OfficesService,
  registration: RegistrationService,
  people: PeopleService,
  special: SpecialCategories,
  matching: MatchingService,
  audit: AuditService,
  access: Pick<AccessService, 'displayNames'>,
) {
  const devices = createDevices(deps, offices, registration, matching, audit);
  return {
    devices,
    sync: createSync(deps, devices, registration, people, special, matching, audit),
    conflicts: createConflicts(deps, people, matching, audit, access),
    visits: createVisits(devices, registration),
    /** Erasure (issue 4): see outreachStore.forget. */
    forget: (trx: Executor, personIds: readonly string[], applicationIds: readonly string[]) => outreachStore.forget(trx, personIds, applicationIds),
  };
}

export type Outreach = ReturnType<typeof createOutreach>;
