import type { ConflictView } from '../../ui/api/conflicts.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { roleLabel } from '../labels.js';
import { CorrectionValue } from '../rights/CorrectionValue.js';
import { conflictField } from './labels.js';

type Side = ConflictView['current'];

/** Who made one of the two values and where: a staff member on a named device, or a role at an office. */
export function SideAuthor({ side }: { side: Side }) {
  const { t, dateTime } = useI18n();
  const at = side.at ? dateTime(side.at) : '—';
  return (
    <span className="muted">
      {side.device ? t('conflicts.madeOnDevice', { who: side.by ?? '—', device: side.device, at }) : t('conflicts.madeElsewhere', { role: t(roleLabel(side.author)), at })}
    </span>
  );
}

/** One of the two values with its author, as a table cell or a choice in the dialog shows it. */
export function ConflictSide({ field, side }: { field: string; side: Side }) {
  return (
    <>
      <CorrectionValue field={conflictField(field)} value={side.value} />
      <br />
      <SideAuthor side={side} />
    </>
  );
}
