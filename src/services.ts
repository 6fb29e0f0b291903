import { createAccessService } from './access/service.js';
import { createAuditService } from './audit/service.js';
import type { Deps } from './context.js';
import { createNotificationsService } from './notifications/service.js';
import { createOfficesService } from './offices/service.js';
import { createPeopleService } from './people/service.js';
import { createPlacesService } from './places/service.js';
import { createRegistrationService } from './registration/service.js';
import { createFileStore } from './store/files.js';

/** Every module's service, wired once: what the HTTP app, the CLI and the tests all use. */
export function createServices(deps: Deps) {
  const audit = createAuditService(deps);
  const notifications = createNotificationsService(deps, audit);
  const access = createAccessService(deps, audit, notifications);
  const places = createPlacesService(deps, audit);
  const offices = createOfficesService(deps, places, audit);
  const people = createPeopleService(deps, places);
  const files = createFileStore(deps.config.filesDir);
  const registration = createRegistrationService(deps, people, offices, notifications, audit, files);
  return { audit, access, places, offices, people, notifications, files, registration };
}

export type Services = ReturnType<typeof createServices>;
