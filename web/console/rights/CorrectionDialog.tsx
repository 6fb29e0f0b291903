import { corrections, type ResidentCorrection, type StaffCorrection } from '../../ui/api/rights.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { CorrectionValue } from './CorrectionValue.js';
import { correctionFieldLabel } from './labels.js';
import { NoteDecisionDialog } from './NoteDecisionDialog.js';

interface Props {
  correction: StaffCorrection;
  decision: 'apply' | 'reject';
  onClose(): void;
  onDone(result: ResidentCorrection): void;
}

/** Confirms applying or rejecting one correction; a rejection needs a note, since the resident reads it. */
export function CorrectionDialog({ correction, decision, onClose, onDone }: Props) {
  const { t } = useI18n();
  const field = t(correctionFieldLabel[correction.field]);
  const title = decision === 'apply' ? t('corrections.apply') : t('corrections.reject');

  async function decide(note: string) {
    const res = decision === 'apply' ? await corrections.apply(correction.id, note || null) : await corrections.reject(correction.id, note);
    onDone(res.body);
  }

  return (
    <NoteDecisionDialog
      title={title}
      accepting={decision === 'apply'}
      noteLabel={t(decision === 'apply' ? 'corrections.note' : 'corrections.noteNeeded')}
      rows={3}
      decide={decide}
      onClose={onClose}
    >
      {decision === 'apply' && correction.field !== 'other' ? (
        <p>
          {t('corrections.apply.explain', { field })} <CorrectionValue field={correction.field} value={correction.currentValue} /> →{' '}
          <CorrectionValue field={correction.field} value={correction.requestedValue} />
        </p>
      ) : (
        <p>{t(decision === 'apply' ? 'corrections.apply.explainOther' : 'corrections.reject.explain', { field })}</p>
      )}
    </NoteDecisionDialog>
  );
}
