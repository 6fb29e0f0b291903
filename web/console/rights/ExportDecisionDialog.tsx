import { useState, type FormEvent } from 'react';
import { ApiProblem } from '../../ui/api/problem.js';
import { exports, type ExportView } from '../../ui/api/rights.js';
import { Dialog } from '../../ui/components/Dialog.js';
import { Field } from '../../ui/components/Field.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { exportColumnLabel, purposeLabel } from './labels.js';
import { RightsProblem } from './RightsProblem.js';

interface Props {
  view: ExportView;
  decision: 'approve' | 'refuse';
  onClose(): void;
  onDone(view: ExportView): void;
}

/** The second pair of eyes: approve (the file is made now) or refuse (a note says why) someone else's export. */
export function ExportDecisionDialog({ view, decision, onClose, onDone }: Props) {
  const { t } = useI18n();
  const [note, setNote] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function confirm(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      const text = note.trim();
      onDone((decision === 'approve' ? await exports.approve(view.id, text || null) : await exports.refuse(view.id, text)).body);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  const fieldErrors = error instanceof ApiProblem ? error.fieldErrors() : {};
  const title = t(decision === 'approve' ? 'exports.approve' : 'exports.refuse');
  return (
    <Dialog title={title} open onClose={onClose}>
      <form onSubmit={confirm} className="stack" noValidate>
        <p>{t(decision === 'approve' ? 'exports.approve.explain' : 'exports.refuse.explain', { recipient: view.recipient, days: view.days })}</p>
        <dl className="facts">
          <dt>{t('exports.purpose')}</dt>
          <dd>{t(purposeLabel[view.purpose])}</dd>
          <dt>{t('exports.columns')}</dt>
          <dd>{view.columns.map((c) => t(exportColumnLabel[c])).join(', ')}</dd>
        </dl>
        {error && !Object.keys(fieldErrors).length ? <RightsProblem error={error} /> : null}
        <Field label={t(decision === 'approve' ? 'exports.note' : 'exports.noteNeeded')} required={decision === 'refuse'} error={fieldErrors['/note']}>
          {(p) => <textarea {...p} autoFocus rows={2} value={note} onChange={(e) => setNote(e.target.value)} />}
        </Field>
        <div className="actions">
          <button type="submit" className={decision === 'approve' ? 'button button--primary' : 'button button--danger'} disabled={busy}>
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
