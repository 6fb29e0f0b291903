import { useState, type FormEvent } from 'react';
import { ApiProblem } from '../../ui/api/problem.js';
import { erasures, type ErasureInput, type ErasureView } from '../../ui/api/rights.js';
import { Dialog } from '../../ui/components/Dialog.js';
import { DialogActions } from '../../ui/components/DialogActions.js';
import { Field } from '../../ui/components/Field.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { erasureReasonLabel } from './labels.js';
import { RightsProblem } from './RightsProblem.js';

type Reason = ErasureInput['reason'];
/** The reasons an officer may give: every label but the retention job's own. */
const reasons = Object.keys(erasureReasonLabel).filter((r): r is Reason => r !== 'retention');

/**
 * Confirms an erasure, saying what goes and what stays, because it cannot be undone; a reason is
 * required. A refusal (a legal hold) stays in the dialog, said plainly.
 */
export function EraseDialog({ personId, onClose, onDone }: { personId: string; onClose(): void; onDone(erasure: ErasureView): void }) {
  const { t } = useI18n();
  const [reason, setReason] = useState<Reason | ''>('');
  const [note, setNote] = useState('');
  const [reasonMissing, setReasonMissing] = useState(false);
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function confirm(e: FormEvent) {
    e.preventDefault();
    setReasonMissing(!reason);
    if (!reason) return;
    setBusy(true);
    setError(undefined);
    try {
      onDone((await erasures.erase(personId, { reason, note: note.trim() || null })).body);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const fieldErrors = error instanceof ApiProblem ? error.fieldErrors() : {};
  return (
    <Dialog title={t('erase.title')} open onClose={onClose}>
      <form onSubmit={confirm} className="stack" noValidate>
        <p>{t('erase.what', { id: personId })}</p>
        <ul>
          <li>{t('erase.gone')}</li>
          <li>{t('erase.anonymised')}</li>
          <li>{t('erase.stays')}</li>
        </ul>
        <p>
          <strong>{t('erase.final')}</strong>
        </p>
        {error && !Object.keys(fieldErrors).length ? <RightsProblem error={error} /> : null}
        <Field label={t('erasures.reason')} required error={reasonMissing ? t('erase.reasonNeeded') : fieldErrors['/reason']}>
          {(p) => (
            <select {...p} autoFocus value={reason} onChange={(e) => setReason(e.target.value as Reason | '')}>
              <option value="">{t('common.choose')}</option>
              {reasons.map((r) => (
                <option key={r} value={r}>
                  {t(erasureReasonLabel[r])}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t('erase.note')} hint={t('erase.note.hint')} error={fieldErrors['/note']}>
          {(p) => <textarea {...p} rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <DialogActions confirm={t('erase.confirm')} tone="danger" busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
