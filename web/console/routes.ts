import { lazy, type ComponentType } from 'react';
import type { Permission } from '../../src/access/core/policy.js';
import type { MessageKey } from '../ui/i18n/i18n.js';
import WorklistsPage from './worklists/WorklistsPage.js';

export interface PageProps {
  params: Record<string, string>;
}

export interface ConsoleRoute {
  pattern: string;
  title: MessageKey;
  /** The page is shown only to roles with this permission (every signed-in user without one); the server enforces it anyway. */
  permission?: Permission;
  page: ComponentType<PageProps>;
  /** Shown in the main navigation. */
  nav?: boolean;
}

/**
 * The worklist is the first screen of the working day, so its code comes with the console; every
 * other page's code is loaded when it is first visited.
 */
export const routes: ConsoleRoute[] = [
  { pattern: '/', title: 'nav.worklists', permission: 'application.read', page: WorklistsPage, nav: true },
  { pattern: '/intake', title: 'nav.intake', permission: 'application.create', page: lazy(() => import('./intake/IntakePage.js')), nav: true },
  { pattern: '/people', title: 'nav.people', permission: 'person.search', page: lazy(() => import('./people/PeopleFinderPage.js')), nav: true },
  { pattern: '/duplicates', title: 'nav.duplicates', permission: 'person.merge', page: lazy(() => import('./duplicates/DuplicatesPage.js')), nav: true },
  { pattern: '/duplicates/:id', title: 'duplicates.review.title', permission: 'person.merge', page: lazy(() => import('./duplicates/DuplicateReviewPage.js')) },
  { pattern: '/conflicts', title: 'nav.conflicts', permission: 'outreach.conflict.resolve', page: lazy(() => import('./conflicts/ConflictsPage.js')), nav: true },
  { pattern: '/figures', title: 'nav.figures', permission: 'report.read', page: lazy(() => import('./figures/FiguresPage.js')), nav: true },
  { pattern: '/notifications', title: 'nav.notifications', permission: 'notification.manage', page: lazy(() => import('./notifications/FailedNotificationsPage.js')), nav: true },
  { pattern: '/staff', title: 'nav.staff', permission: 'user.manage', page: lazy(() => import('./staff/StaffAccountsPage.js')), nav: true },
  { pattern: '/account', title: 'account.title', page: lazy(() => import('./account/MyAccountPage.js')) },
  { pattern: '/applications/:id', title: 'application.title', permission: 'application.read', page: lazy(() => import('./application/ApplicationPage.js')) },
  { pattern: '/applications/:id/receipt', title: 'receipt.title', permission: 'application.read', page: lazy(() => import('./application/ReceiptPage.js')) },
  { pattern: '/rights/corrections', title: 'nav.corrections', permission: 'person.update', page: lazy(() => import('./rights/CorrectionsPage.js')), nav: true },
  { pattern: '/rights/erasures', title: 'nav.erasures', permission: 'person.erase', page: lazy(() => import('./rights/ErasuresPage.js')), nav: true },
  { pattern: '/rights/people/:id', title: 'erase.section', permission: 'person.erase', page: lazy(() => import('./rights/PersonRightsPage.js')) },
  { pattern: '/rights/exports', title: 'nav.exports', permission: 'export.read', page: lazy(() => import('./rights/ExportsPage.js')), nav: true },
];
