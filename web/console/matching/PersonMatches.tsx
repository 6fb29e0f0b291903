import type { PersonMatch } from '../../ui/api/matching.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { PersonCard } from '../application/PersonCard.js';
import { sideOfPerson, type MatchSide } from './fields.js';
import { MatchExplanation } from './MatchExplanation.js';
import { ReaderName } from './ReaderName.js';

/**
 * People who may be the same as the one at hand, best first, each with why; each opens in place
 * to show the whole record (a native disclosure, so it works from the keyboard).
 */
export function PersonMatches({ matches, ours }: { matches: PersonMatch[]; ours?: MatchSide }) {
  const { t, partialDate, number } = useI18n();
  return (
    <ol className="matches">
      {matches.map((m) => (
        <li key={m.person.id} className={m.likelyDuplicate ? 'match match--likely' : 'match'}>
          <div className="match__who">
            <ReaderName names={[m.person.familyName, m.person.givenName, m.person.patronymic]} />{' '}
            <span className="match__birth">{partialDate(m.person.birthDate)}</span>
          </div>
          <div className="match__score">
            {t('match.likelihood', { percent: number(Math.round(m.score * 100)) })}
            {m.likelyDuplicate ? <span className="badge badge--warning"> {t('match.likely')}</span> : null}
          </div>
          <MatchExplanation fields={m.fields} {...(ours ? { ours } : {})} theirs={sideOfPerson(m.person)} />
          {m.person.aliases.length ? (
            <p className="match__aliases">
              {t('match.aliases', { names: m.person.aliases.map((a) => `${a.familyName} ${a.givenName}`).join('; ') })}
            </p>
          ) : null}
          <details className="match__record">
            <summary>{t('match.open')}</summary>
            <PersonCard person={m.person} />
          </details>
        </li>
      ))}
    </ol>
  );
}
