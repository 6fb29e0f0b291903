import { createAccessService } from './access/service.js';
import { createAuditService } from './audit/service.js';
import { createAuditTrail } from './audit/trail.js';
import type { Deps } from './context.js';
import { createDuplicateReview } from './matching/duplicates.js';
import { createMatchingService } from './matching/service.js';
import { createMatchWorker } from './matching/worker.js';
import { createNotificationsService } from './notifications/service.js';
import { createOfficesService } from './offices/service.js';
import { createPeopleService } from './people/service.js';
import { createSpecialCategories } from './people/special/service.js';
import { createPlacesService } from './places/service.js';
import { createOutreach } from './outreach/service.js';
import { createPortal } from './portal/service.js';
import { createRegistrationService } from './registration/service.js';
import { createRights } from './rights/service.js';
import { createFileStore } from './store/files.js';

/** Every module's service, wired once: what the HTTP app, the CLI and the tests all use. */
export function createServices(deps: Deps) {
  const audit = createAuditService(deps);
  const notifications = createNotificationsService(deps, audit);
  const access = createAccessService(deps, audit, notifications);
  const places = createPlacesService(deps, audit);
  const offices = createOfficesService(deps, places, audit);
  const people = createPeopleService(deps, places);
  const files = createFileStore(deps.config.filesDir, deps.keys, 'documents');
  const matching = createMatchingService(deps, people, audit);
  const duplicates = createDuplicateReview(deps, people, audit);
  const matchWorker = createMatchWorker(deps, matching, duplicates);
  const registration = createRegistrationService(deps, people, offices, notifications, audit, files, matching, duplicates, matchWorker);
  const specialCategories = createSpecialCategories(deps, places, audit);
  const auditTrail = createAuditTrail(deps);
  const portal = createPortal(deps, registration, people, notifications, audit);
  const outreach = createOutreach(deps, offices, registration, people, specialCategories, matching, audit, access);
  const rights = createRights(deps, { people, special: specialCategories, registration, notifications, portal, outreach, matching, files, audit, places, offices, access });
  return { audit, auditTrail, access, places, offices, people, notifications, files, matching, duplicates, matchWorker, registration, specialCategories, portal, outreach, rights };
}

export type Services = ReturnType<typeof createServices>;
