import { useState, type FormEvent } from 'react';
import { rejectionReasons, transitions, withdrawalReasons } from '../../../src/registration/core/lifecycle.js';
import { applications } from '../../ui/api/endpoints.js';
import { ApiProblem } from '../../ui/api/problem.js';
import type { ApplicationView, StepType } from '../../ui/api/types.js';
import { Dialog } from '../../ui/components/Dialog.js';
import { DialogActions } from '../../ui/components/DialogActions.js';
import { Field } from '../../ui/components/Field.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { reasonLabel, stepLabel } from '../labels.js';

const reasonsFor: Partial<Record<StepType, readonly string[]>> = { reject: rejectionReasons, withdraw: withdrawalReasons };

interface Props {
  application: ApplicationView;
  step: StepType;
  onClose(): void;
  onDone(): void;
  /** The application changed under us (412): the page shows the other person's change. */
  onConflict(): void;
}

/** Confirms one step, asking for the reason or comment the step needs, and takes it at the version shown. */
export function StepDialog({ application, step, onClose, onDone, onConflict }: Props) {
  const { t } = useI18n();
  const [reasonCode, setReasonCode] = useState('');
  const [comment, setComment] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);
  const [idempotencyKey] = useState(() => crypto.randomUUID());
  const reasons = reasonsFor[step];
  const commentNeeded = Boolean(transitions[step].needsComment) || reasonCode === 'other';

  async function confirm(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      await applications.step(application.id, step, application.version, { ...(reasonCode ? { reasonCode } : {}), ...(comment.trim() ? { comment: comment.trim() } : {}) }, idempotencyKey);
      onDone();
    } catch (err) {
      if (err instanceof ApiProblem && err.code === 'version-mismatch') onConflict();
      else setError(err);
    } finally {
      setBusy(false);
    }
  }

  const fieldErrors = error instanceof ApiProblem ? error.fieldErrors() : {};
  return (
    <Dialog title={t(stepLabel[step])} open onClose={onClose}>
      <form onSubmit={confirm} className="stack" noValidate>
        <p>{t('step.confirm', { reference: application.reference ?? '' })}</p>
        {error && !Object.keys(fieldErrors).length ? <ProblemNotice error={error} /> : null}
        {reasons ? (
          <Field label={t('step.reason')} required error={fieldErrors['/reasonCode']}>
            {(p) => (
              <select {...p} autoFocus value={reasonCode} onChange={(e) => setReasonCode(e.target.value)}>
                <option value="">{t('common.choose')}</option>
                {reasons.map((r) => (
                  <option key={r} value={r}>
                    {t(reasonLabel[r as keyof typeof reasonLabel])}
                  </option>
                ))}
              </select>
            )}
          </Field>
        ) : null}
        <Field label={commentNeeded ? t('step.commentNeeded') : t('step.comment')} required={commentNeeded} error={fieldErrors['/comment']}>
          {(p) => <textarea {...p} autoFocus={!reasons} rows={3} value={comment} onChange={(e) => setComment(e.target.value)} />}
        </Field>
        <DialogActions confirm={t('step.confirmButton', { step: t(stepLabel[step]) })} busy={busy} onCancel={onClose} />
      </form>
    </Dialog>
  );
}
