import type { StaffCorrection } from '../../ui/api/rights.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { sexLabel } from '../labels.js';

/** A value of a corrected field as staff read it: sexes by their label, an empty value said plainly. */
export function CorrectionValue({ field, value }: { field: StaffCorrection['field']; value: string | null }) {
  const { t } = useI18n();
  if (value === null) return <span className="muted">{t('common.notStated')}</span>;
  if (field === 'sex' && value in sexLabel) return <>{t(sexLabel[value as keyof typeof sexLabel])}</>;
  return <bdi>{value}</bdi>;
}
