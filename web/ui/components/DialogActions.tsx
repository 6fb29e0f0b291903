import { useI18n } from '../i18n/i18n.js';

/** The two buttons a dialog's form ends with: confirm (submits it) and cancel. */
export function DialogActions({ confirm, tone = 'primary', busy, onCancel }: { confirm: string; tone?: 'primary' | 'danger'; busy: boolean; onCancel(): void }) {
  const { t } = useI18n();
  return (
    <div className="actions">
      <button type="submit" className={`button button--${tone}`} disabled={busy}>
        {confirm}
      </button>
      <button type="button" className="button button--quiet" onClick={onCancel}>
        {t('common.cancel')}
      </button>
    </div>
  );
}
