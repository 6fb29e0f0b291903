import { exports, type ExportView } from '../../ui/api/rights.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { can, useSession } from '../session.js';

/**
 * What the user may do with one export: decide it when someone else asked, download it when they
 * asked and it is approved and not yet expired. The server checks the same rules.
 */
export function ExportActions({ view, onDecide }: { view: ExportView; onDecide(decision: 'approve' | 'refuse'): void }) {
  const { t } = useI18n();
  const { user } = useSession();
  const mine = view.requestedBy === user.id;

  if (view.state === 'requested' && can(user, 'export.approve')) {
    if (mine) return <span className="muted">{t('exports.ownRequest')}</span>;
    return (
      <div className="actions">
        <button type="button" className="button" aria-label={t('exports.approveOne', { recipient: view.recipient })} onClick={() => onDecide('approve')}>
          {t('exports.approve')}
        </button>
        <button type="button" className="button button--quiet" aria-label={t('exports.refuseOne', { recipient: view.recipient })} onClick={() => onDecide('refuse')}>
          {t('exports.refuse')}
        </button>
      </div>
    );
  }
  const downloadable = view.state === 'approved' && mine && view.expiresAt !== null && Date.parse(view.expiresAt) > Date.now();
  if (downloadable) {
    return (
      <a className="button" href={exports.downloadUrl(view.id)} download>
        {t('exports.download')}
      </a>
    );
  }
  return null;
}
