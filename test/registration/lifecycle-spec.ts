import type { ActionType, State, StepType } from '../../src/registration/core/lifecycle.js';

/**
 * The lifecycle as the issue states it, written out independently of the implementation's table:
 * submitted → received → in review → information requested ⇄ resubmitted → approved | rejected →
 * documents issued; withdrawn from any open step.
 */
export const allowedTransitions: Record<State, Partial<Record<ActionType, State>>> = {
  submitted: { receive: 'received', withdraw: 'withdrawn' },
  received: { 'start-review': 'in-review', withdraw: 'withdrawn' },
  'in-review': { 'request-information': 'information-requested', approve: 'approved', reject: 'rejected', withdraw: 'withdrawn' },
  'information-requested': { resubmit: 'resubmitted', withdraw: 'withdrawn' },
  resubmitted: { 'start-review': 'in-review', withdraw: 'withdrawn' },
  approved: { 'issue-documents': 'documents-issued' },
  rejected: {},
  'documents-issued': {},
  withdrawn: {},
};

/** How an application taken at intake (received) reaches each later state. */
export const pathTo: Partial<Record<State, StepType[]>> = {
  received: [],
  'in-review': ['start-review'],
  'information-requested': ['start-review', 'request-information'],
  resubmitted: ['start-review', 'request-information', 'resubmit'],
  approved: ['start-review', 'approve'],
  rejected: ['start-review', 'reject'],
  'documents-issued': ['start-review', 'approve', 'issue-documents'],
  withdrawn: ['withdraw'],
};

/** A step body that meets every step's own requirements (reason, comment), so that only the state decides. */
export const completeStepBody = { reasonCode: 'duplicate-application', comment: 'Bring the birth certificate' };
