import { lazy, type ComponentType } from 'react';
import type { Permission, Purpose } from '../../src/access/core/policy.js';
import type { MessageKey } from '../ui/i18n/i18n.js';
import type { PageProps } from './page-props.js';
import WorklistsPage from './worklists/WorklistsPage.js';

export interface ConsoleRoute {
  pattern: string;
  title: MessageKey;
  /** The page is shown only to roles with this permission (every signed-in user without one); the server enforces it anyway. */
  permission?: Permission;
  page: ComponentType<PageProps>;
  /** Shown in the main navigation. */
  nav?: boolean;
  /**
   * Why the screen reads personal data, most fitting first: every request it makes names the first
   * of these the user's roles have (see purposes.ts). A screen without any reads none.
   */
  purposes?: readonly Purpose[];
}

/** Reviewing and deciding applications, and the duplicate check while an application is typed. */
const registration: readonly Purpose[] = ['registration'];
/** Duplicates are part of the supervisors' oversight; reviewers resolve them while reviewing. */
const oversight: readonly Purpose[] = ['supervision', 'registration'];
/** Residents' requests about their own data: corrections, erasure, legal holds. */
const residentsRequest: readonly Purpose[] = ['data-subject-request'];

/**
 * The worklist is the first screen of the working day, so its code comes with the console; every
 * other page's code is loaded when it is first visited.
 */
export const routes: ConsoleRoute[] = [
  { pattern: '/', title: 'nav.worklists', permission: 'application.read', page: WorklistsPage, nav: true, purposes: registration },
  { pattern: '/intake', title: 'nav.intake', permission: 'application.create', page: lazy(() => import('./intake/IntakePage.js')), nav: true, purposes: registration },
  { pattern: '/people', title: 'nav.people', permission: 'person.search', page: lazy(() => import('./people/PeopleFinderPage.js')), nav: true, purposes: ['registration', 'service-delivery'] },
  { pattern: '/duplicates', title: 'nav.duplicates', permission: 'person.merge', page: lazy(() => import('./duplicates/DuplicatesPage.js')), nav: true, purposes: oversight },
  { pattern: '/duplicates/:id', title: 'duplicates.review.title', permission: 'person.merge', page: lazy(() => import('./duplicates/DuplicateReviewPage.js')), purposes: oversight },
  { pattern: '/conflicts', title: 'nav.conflicts', permission: 'outreach.conflict.resolve', page: lazy(() => import('./conflicts/ConflictsPage.js')), nav: true, purposes: ['supervision'] },
  { pattern: '/figures', title: 'nav.figures', permission: 'report.read', page: lazy(() => import('./figures/FiguresPage.js')), nav: true },
  { pattern: '/notifications', title: 'nav.notifications', permission: 'notification.manage', page: lazy(() => import('./notifications/FailedNotificationsPage.js')), nav: true },
  { pattern: '/staff', title: 'nav.staff', permission: 'user.manage', page: lazy(() => import('./staff/StaffAccountsPage.js')), nav: true },
  { pattern: '/account', title: 'account.title', page: lazy(() => import('./account/MyAccountPage.js')) },
  { pattern: '/applications/:id', title: 'application.title', permission: 'application.read', page: lazy(() => import('./application/ApplicationPage.js')), purposes: registration },
  { pattern: '/applications/:id/receipt', title: 'receipt.title', permission: 'application.read', page: lazy(() => import('./application/ReceiptPage.js')), purposes: registration },
  { pattern: '/rights/corrections', title: 'nav.corrections', permission: 'person.update', page: lazy(() => import('./rights/CorrectionsPage.js')), nav: true, purposes: residentsRequest },
  { pattern: '/rights/erasures', title: 'nav.erasures', permission: 'person.erase', page: lazy(() => import('./rights/ErasuresPage.js')), nav: true, purposes: residentsRequest },
  { pattern: '/rights/people/:id', title: 'erase.section', permission: 'person.erase', page: lazy(() => import('./rights/PersonRightsPage.js')), purposes: residentsRequest },
  { pattern: '/rights/exports', title: 'nav.exports', permission: 'export.read', page: lazy(() => import('./rights/ExportsPage.js')), nav: true },
];
