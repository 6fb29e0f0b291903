/**
 * The life of an application, as one state machine. An application is an append-only list of
 * actions; its state is whatever the actions lead to (`stateAfter`). Every change of state goes
 * through `nextState`, which refuses any step the table below does not allow.
 *
 *   submitted → received → in-review → approved → documents-issued
 *                              ↓   ↑        ↘ rejected
 *               information-requested → resubmitted → (in-review again)
 *   withdrawn from any open step.
 */

export const states = [
  'submitted',
  'received',
  'in-review',
  'information-requested',
  'resubmitted',
  'approved',
  'rejected',
  'documents-issued',
  'withdrawn',
] as const;
export type State = (typeof states)[number];

export const openStates: readonly State[] = ['submitted', 'received', 'in-review', 'information-requested', 'resubmitted'];

export const rejectionReasons = [
  'identity-not-established',
  'not-eligible',
  'information-not-provided',
  'duplicate-application',
  'false-information',
  'other',
] as const;

export const withdrawalReasons = ['applicant-request', 'duplicate-application', 'applicant-deceased', 'other'] as const;

/** The steps a person can take on an application after it exists (submit and receive happen at intake). */
export const stepTypes = ['start-review', 'request-information', 'resubmit', 'approve', 'reject', 'issue-documents', 'withdraw'] as const;
export type StepType = (typeof stepTypes)[number];

export type ActionType = 'submit' | 'receive' | StepType;

interface Transition {
  from: readonly State[];
  to: State;
  /** The access permission a staff member needs for the step. */
  permission: string;
  /** Reason codes the step requires (one of them must be given). */
  reasons?: readonly string[];
  /** The step needs a comment saying what is asked or why. */
  needsComment?: boolean;
}

export const transitions: Record<ActionType, Transition> = {
  submit: { from: [], to: 'submitted', permission: 'application.create' },
  receive: { from: ['submitted'], to: 'received', permission: 'application.create' },
  'start-review': { from: ['received', 'resubmitted'], to: 'in-review', permission: 'application.review' },
  'request-information': { from: ['in-review'], to: 'information-requested', permission: 'application.review', needsComment: true },
  resubmit: { from: ['information-requested'], to: 'resubmitted', permission: 'application.resubmit' },
  approve: { from: ['in-review'], to: 'approved', permission: 'application.decide' },
  reject: { from: ['in-review'], to: 'rejected', permission: 'application.decide', reasons: rejectionReasons },
  'issue-documents': { from: ['approved'], to: 'documents-issued', permission: 'application.issue-documents' },
  withdraw: { from: openStates, to: 'withdrawn', permission: 'application.withdraw', reasons: withdrawalReasons },
};

export type StepRefusal =
  | { kind: 'illegal'; state: State }
  | { kind: 'missing'; field: 'reasonCode' | 'comment'; rule: 'reason.required' | 'comment.required' };

export interface StepInput {
  reasonCode?: string | null;
  comment?: string | null;
}

/** The state a step leads to from `state`, or why it cannot be taken. */
export function nextState(state: State | undefined, type: ActionType, input: StepInput = {}): State | StepRefusal {
  const t = transitions[type];
  const allowed = state === undefined ? t.from.length === 0 : t.from.includes(state);
  if (!allowed) return { kind: 'illegal', state: state ?? 'submitted' };
  if (t.reasons && !input.reasonCode) return { kind: 'missing', field: 'reasonCode', rule: 'reason.required' };
  const comment = input.comment?.trim();
  if ((t.needsComment || input.reasonCode === 'other') && !comment) return { kind: 'missing', field: 'comment', rule: 'comment.required' };
  return t.to;
}

/** The current state: where the last action led. Actions are in version order. */
export function currentState(actions: readonly { stateAfter: State }[]): State | undefined {
  return actions.at(-1)?.stateAfter;
}

/** The steps that are possible from a state, before asking who may take them. */
export function possibleSteps(state: State): StepType[] {
  return stepTypes.filter((s) => transitions[s].from.includes(state));
}

export const isOpen = (state: State) => openStates.includes(state);
