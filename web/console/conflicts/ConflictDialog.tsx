import { useState, type FormEvent } from 'react';
import { conflicts, type ConflictChoice, type ConflictView } from '../../ui/api/conflicts.js';
import { ApiProblem } from '../../ui/api/problem.js';
import { Dialog } from '../../ui/components/Dialog.js';
import { DialogActions } from '../../ui/components/DialogActions.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n, type MessageKey } from '../../ui/i18n/i18n.js';
import { ConflictSide } from './ConflictSide.js';
import { conflictFieldLabel, personName } from './labels.js';

/**
 * Refusals a supervisor can act on, said in their language: someone else chose first (409), or
 * the person's record moved on while the dialog was open (412).
 */
const refusal: Record<string, MessageKey> = { conflict: 'conflicts.problem.taken', 'version-mismatch': 'conflicts.problem.stale', 'not-found': 'conflicts.problem.gone' };

interface Props {
  conflict: ConflictView;
  onClose(): void;
  onDone(resolved: ConflictView): void;
}

/** Chooses which of the two values stays; the choice is recorded in the person's history. */
export function ConflictDialog({ conflict, onClose, onDone }: Props) {
  const { t } = useI18n();
  const [choice, setChoice] = useState<ConflictChoice>();
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const field = t(conflictFieldLabel(conflict.field));

  async function confirm(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    if (!choice) return setError('required');
    setBusy(true);
    try {
      onDone((await conflicts.resolve(conflict.id, choice)).body);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  // A refusal about the choice is shown at the choice; anything else (the network) above the form.
  const problem = error instanceof ApiProblem ? error : undefined;
  const atChoice =
    error === 'required'
      ? t('conflicts.choose.required')
      : problem && (refusal[problem.code] ? t(refusal[problem.code]!) : (problem.fieldErrors()['/choose'] ?? problem.problem.title));
  return (
    <Dialog title={t('conflicts.resolve.title', { field })} open onClose={onClose}>
      <form onSubmit={confirm} className="stack" noValidate>
        <p>{t('conflicts.resolve.explain', { person: personName(conflict, t('conflicts.personGone')), field })}</p>
        {error && !atChoice ? <ProblemNotice error={error} /> : null}
        <fieldset className={atChoice ? 'field field--invalid' : 'field'} aria-describedby={atChoice ? 'conflict-choice-error' : undefined}>
          <legend>{t('conflicts.choose')}</legend>
          {(['current', 'proposed'] as const).map((side) => (
            <label key={side} className="check">
              <input type="radio" name="choose" value={side} autoFocus={side === 'current'} checked={choice === side} onChange={() => setChoice(side)} />{' '}
              <strong>{t(side === 'current' ? 'conflicts.current' : 'conflicts.proposed')}:</strong> <ConflictSide field={conflict.field} side={conflict[side]} />
            </label>
          ))}
          {atChoice ? (
            <div className="field__error" id="conflict-choice-error" role="alert">
              {atChoice}
            </div>
          ) : null}
        </fieldset>
        <DialogActions confirm={t('conflicts.confirm')} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
