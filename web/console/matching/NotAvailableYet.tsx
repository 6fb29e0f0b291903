import { Notice } from '../../ui/components/Notice.js';
import { useI18n } from '../../ui/i18n/i18n.js';

/** Said where a feature of the matching module belongs until the server offers it. */
export function NotAvailableYet() {
  const { t } = useI18n();
  return <Notice tone="info" title={t('matching.unavailable.title')}>{t('matching.unavailable.explain')}</Notice>;
}
