import { exports, type ExportView } from '../../ui/api/rights.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { exportColumnLabel, purposeLabel } from './labels.js';
import { NoteDecisionDialog } from './NoteDecisionDialog.js';

interface Props {
  view: ExportView;
  decision: 'approve' | 'refuse';
  onClose(): void;
  onDone(view: ExportView): void;
}

/** The second pair of eyes: approve (the file is made now) or refuse (a note says why) someone else's export. */
export function ExportDecisionDialog({ view, decision, onClose, onDone }: Props) {
  const { t } = useI18n();

  async function decide(note: string) {
    onDone((decision === 'approve' ? await exports.approve(view.id, note || null) : await exports.refuse(view.id, note)).body);
  }

  return (
    <NoteDecisionDialog
      title={t(decision === 'approve' ? 'exports.approve' : 'exports.refuse')}
      accepting={decision === 'approve'}
      noteLabel={t(decision === 'approve' ? 'exports.note' : 'exports.noteNeeded')}
      rows={2}
      decide={decide}
      onClose={onClose}
    >
      <p>{t(decision === 'approve' ? 'exports.approve.explain' : 'exports.refuse.explain', { recipient: view.recipient, days: view.days })}</p>
      <dl className="facts">
        <dt>{t('exports.purpose')}</dt>
        <dd>{t(purposeLabel[view.purpose])}</dd>
        <dt>{t('exports.columns')}</dt>
        <dd>{view.columns.map((c) => t(exportColumnLabel[c])).join(', ')}</dd>
      </dl>
    </NoteDecisionDialog>
  );
}
