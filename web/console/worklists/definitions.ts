import type { Permission } from '../../../src/access/core/policy.js';
import type { State, WorklistQuery } from '../../ui/api/types.js';
import type { MessageKey } from '../../ui/i18n/i18n.js';

export interface Worklist {
  id: string;
  title: MessageKey;
  /** Applications in this state; every state when absent. */
  state?: State;
  permission: Permission;
}

/**
 * The queues of the day, by who works them: registrars take applications in and record what
 * applicants bring back; reviewers examine and decide. A user sees the queues their roles can act on.
 */
export const worklists: Worklist[] = [
  { id: 'received', title: 'worklist.received', state: 'received', permission: 'application.read' },
  { id: 'resubmitted', title: 'worklist.resubmitted', state: 'resubmitted', permission: 'application.review' },
  { id: 'in-review', title: 'worklist.inReview', state: 'in-review', permission: 'application.review' },
  { id: 'information-requested', title: 'worklist.informationRequested', state: 'information-requested', permission: 'application.read' },
  { id: 'approved', title: 'worklist.approved', state: 'approved', permission: 'application.issue-documents' },
  { id: 'all', title: 'worklist.all', permission: 'application.read' },
];

export const filterKeys = ['officeId', 'channel', 'from', 'to', 'sort'] as const;

/** The worklist query an address asks for (?list=…&channel=…), the same however it is built. */
export function queryFromAddress(search: URLSearchParams, state: State | undefined): WorklistQuery {
  const query: Record<string, string> = {};
  for (const k of filterKeys) {
    const v = search.get(k);
    if (v) query[k] = v;
  }
  if (state) query.state = state;
  return query as WorklistQuery;
}
