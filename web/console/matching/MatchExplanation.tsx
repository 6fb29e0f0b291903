import type { FieldAgreement } from '../../ui/api/matching.js';
import { useI18n, type MessageKey } from '../../ui/i18n/i18n.js';

const levelLabel: Record<FieldAgreement['level'], MessageKey> = {
  exact: 'match.level.exact',
  similar: 'match.level.similar',
  different: 'match.level.different',
  missing: 'match.level.missing',
};

/** Why a candidate matches: each field with how well it agrees, as the matcher explains it. */
export function MatchExplanation({ fields }: { fields: FieldAgreement[] }) {
  const { t } = useI18n();
  return (
    <ul className="match-explanation">
      {fields.map((f) => (
        <li key={f.field} className={`agreement agreement--${f.level}`}>
          <span className="agreement__field">{f.field}</span>: {t(levelLabel[f.level])}
          {f.detail ? <span className="agreement__detail"> — {f.detail}</span> : null}
        </li>
      ))}
    </ul>
  );
}
