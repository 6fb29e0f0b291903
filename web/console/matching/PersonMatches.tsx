import type { PersonMatch } from '../../ui/api/matching.js';
import { ScriptedName } from '../../ui/components/Badges.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { MatchExplanation } from './MatchExplanation.js';

/** People who may be the same as the one at hand, best first, each with why. */
export function PersonMatches({ matches }: { matches: PersonMatch[] }) {
  const { t, partialDate, number } = useI18n();
  return (
    <ol className="matches">
      {matches.map((m) => (
        <li key={m.person.id} className="match">
          <div className="match__who">
            <ScriptedName {...m.person.familyName} /> <ScriptedName {...m.person.givenName} />
            {m.person.patronymic ? <ScriptedName {...m.person.patronymic} /> : null}
            <span className="match__birth">{partialDate(m.person.birthDate)}</span>
          </div>
          <div className="match__score">{t('match.score', { score: number(Math.round(m.score * 100) / 100) })}</div>
          <MatchExplanation fields={m.fields} />
        </li>
      ))}
    </ol>
  );
}
