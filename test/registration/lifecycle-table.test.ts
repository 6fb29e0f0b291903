import { describe, expect, it } from 'vitest';
import {
  currentState,
  isOpen,
  nextState,
  possibleSteps,
  states,
  stepTypes,
  type ActionType,
} from '../../src/registration/core/lifecycle.js';
import { allowedTransitions as allowed } from './lifecycle-spec.js';

const actionTypes: ActionType[] = ['submit', 'receive', ...stepTypes];
/** Input that satisfies every step's own requirements, so that only the state decides. */
const complete = { reasonCode: 'not-eligible', comment: 'Bring the birth certificate' };

describe('the application lifecycle', () => {
  const cells = states.flatMap((from) => actionTypes.map((type) => ({ from, type, to: allowed[from][type] })));

  it.each(cells.filter((c) => c.to))('$from --$type--> $to', ({ from, type, to }) => {
    expect(nextState(from, type, complete)).toBe(to);
  });

  it.each(cells.filter((c) => !c.to))('refuses $type from $from', ({ from, type }) => {
    expect(nextState(from, type, complete)).toEqual({ kind: 'illegal', state: from });
  });

  it('starts only with a submission', () => {
    for (const type of actionTypes) {
      expect(nextState(undefined, type, complete)).toEqual(type === 'submit' ? 'submitted' : { kind: 'illegal', state: 'submitted' });
    }
  });

  it('offers exactly the allowed steps from each state', () => {
    for (const state of states) {
      const expected = stepTypes.filter((s) => allowed[state][s]);
      expect(possibleSteps(state), state).toEqual(expected);
    }
  });

  it('can withdraw exactly the open applications', () => {
    for (const state of states) expect(isOpen(state), state).toBe(allowed[state].withdraw !== undefined);
  });

  it('derives the current state from the last action', () => {
    expect(currentState([])).toBeUndefined();
    expect(currentState([{ stateAfter: 'submitted' }, { stateAfter: 'received' }, { stateAfter: 'in-review' }])).toBe('in-review');
  });

  it('needs a reason code to reject or withdraw, and a comment to ask for information or give "other"', () => {
    expect(nextState('in-review', 'reject')).toEqual({ kind: 'missing', field: 'reasonCode', rule: 'reason.required' });
    expect(nextState('received', 'withdraw')).toEqual({ kind: 'missing', field: 'reasonCode', rule: 'reason.required' });
    expect(nextState('in-review', 'request-information', { comment: '   ' })).toEqual({ kind: 'missing', field: 'comment', rule: 'comment.required' });
    expect(nextState('in-review', 'reject', { reasonCode: 'other' })).toEqual({ kind: 'missing', field: 'comment', rule: 'comment.required' });
    expect(nextState('in-review', 'reject', { reasonCode: 'other', comment: 'Explained at the office' })).toBe('rejected');
    expect(nextState('in-review', 'approve')).toBe('approved');
  });
});
