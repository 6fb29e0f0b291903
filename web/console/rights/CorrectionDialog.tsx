import { useState, type FormEvent } from 'react';
import { ApiProblem } from '../../ui/api/problem.js';
import { corrections, type ResidentCorrection, type StaffCorrection } from '../../ui/api/rights.js';
import { Dialog } from '../../ui/components/Dialog.js';
import { Field } from '../../ui/components/Field.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { CorrectionValue } from './CorrectionValue.js';
import { correctionFieldLabel } from './labels.js';
import { RightsProblem } from './RightsProblem.js';

interface Props {
  correction: StaffCorrection;
  decision: 'apply' | 'reject';
  onClose(): void;
  onDone(result: ResidentCorrection): void;
}

/** Confirms applying or rejecting one correction; a rejection needs a note, since the resident reads it. */
export function CorrectionDialog({ correction, decision, onClose, onDone }: Props) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const field = t(correctionFieldLabel[correction.field]);

  async function confirm(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const text = note.trim();
      const res = decision === 'apply' ? await corrections.apply(correction.id, text || null) : await corrections.reject(correction.id, text);
      onDone(res.body);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const fieldErrors = error instanceof ApiProblem ? error.fieldErrors() : {};
  const title = decision === 'apply' ? t('corrections.apply') : t('corrections.reject');
  return (
    <Dialog title={title} open onClose={onClose}>
      <form onSubmit={confirm} className="stack" noValidate>
        {decision === 'apply' && correction.field !== 'other' ? (
          <p>
            {t('corrections.apply.explain', { field })} <CorrectionValue field={correction.field} value={correction.currentValue} /> →{' '}
            <CorrectionValue field={correction.field} value={correction.requestedValue} />
          </p>
        ) : (
          <p>{t(decision === 'apply' ? 'corrections.apply.explainOther' : 'corrections.reject.explain', { field })}</p>
        )}
        {error && !Object.keys(fieldErrors).length ? <RightsProblem error={error} /> : null}
        <Field label={t(decision === 'apply' ? 'corrections.note' : 'corrections.noteNeeded')} required={decision === 'reject'} error={fieldErrors['/note']}>
          {(p) => <textarea {...p} autoFocus rows={3} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" className={decision === 'apply' ? 'button button--primary' : 'button button--danger'} disabled={busy}>
            {title}
          </button>
          <button type="button" className="button button--quiet" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </div>
      </form>
    </Dialog>
  );
}
