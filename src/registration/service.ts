import type { Deps } from '../context.js';
import type { AuditService } from '../audit/service.js';
import type { NotificationsService } from '../notifications/service.js';
import type { OfficesService } from '../offices/service.js';
import type { PeopleService } from '../people/service.js';
import type { DuplicateReview } from '../matching/duplicates.js';
import type { MatchingService } from '../matching/service.js';
import type { MatchWorker } from '../matching/worker.js';
import type { FileStore } from '../store/files.js';
import { createAttachments } from './attachments.js';
import { createRegistrationErasure } from './erasure.js';
import { createIntake } from './intake.js';
import { createPlanner } from './plan.js';
import { createSteps } from './steps.js';
import { createViews } from './views.js';

/** Registration: planning and taking applications, the lifecycle's steps, reading applications, their document scans, and anonymising them. */
export function createRegistrationService(
  deps: Deps,
  people: PeopleService,
  offices: OfficesService,
  notifications: NotificationsService,
  audit: AuditService,
  files: FileStore,
  matching: MatchingService,
  duplicates: DuplicateReview,
  matchWorker: MatchWorker,
) {
  const planner = createPlanner(deps, people, notifications, audit, matching);
  return {
    planner,
    intake: createIntake(deps, planner, people, offices, notifications, matchWorker),
    steps: createSteps(deps, people, notifications, audit),
    views: createViews(deps, people, notifications, audit, duplicates),
    attachments: createAttachments(deps, files, audit),
    erasure: createRegistrationErasure(deps),
  };
}

export type RegistrationService = ReturnType<typeof createRegistrationService>;
