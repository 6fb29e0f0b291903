import type { FieldAgreement } from '../../ui/api/matching.js';
import { useI18n, type MessageKey } from '../../ui/i18n/i18n.js';
import { sexLabel } from '../labels.js';
import { matchFieldLabel, type MatchSide } from './fields.js';

const levelLabel: Record<Exclude<FieldAgreement['level'], 'missing'>, MessageKey> = {
  exact: 'match.level.exact',
  similar: 'match.level.similar',
  different: 'match.level.different',
};

const isSex = (v: string): v is keyof typeof sexLabel => Object.hasOwn(sexLabel, v);

/**
 * Why a candidate matches: each field known on both sides with how well it agrees and the two
 * values as typed ("Հովհաննիսյան ≈ Оганесян"), strongest evidence first. Fields missing on either
 * side are left out: they are no evidence either way.
 */
export function MatchExplanation({ fields, ours, theirs }: { fields: FieldAgreement[]; ours?: MatchSide; theirs?: MatchSide }) {
  const { t, partialDate } = useI18n();
  const shown = (field: string, v: string | undefined) =>
    v === undefined ? undefined : field === 'birthDate' ? partialDate(v) : field === 'sex' && isSex(v) ? t(sexLabel[v]) : v;
  const sorted = fields.flatMap((f) => (f.level === 'missing' ? [] : [{ ...f, level: f.level }])).sort((a, b) => Math.abs(b.weight) - Math.abs(a.weight));
  return (
    <ul className="match-explanation">
      {sorted.map((f) => {
        const a = shown(f.field, ours?.[f.field]);
        const b = shown(f.field, theirs?.[f.field]);
        return (
          <li key={f.field} className={`agreement agreement--${f.level}`}>
            <span className="agreement__field">{t(matchFieldLabel[f.field] ?? 'match.field.other')}</span>: {t(levelLabel[f.level])}
            {a !== undefined && b !== undefined ? (
              <span className="agreement__detail">
                {' — '}
                <bdi>{a}</bdi> {f.level === 'exact' ? '=' : f.level === 'different' ? '≠' : '≈'} <bdi>{b}</bdi>
              </span>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
