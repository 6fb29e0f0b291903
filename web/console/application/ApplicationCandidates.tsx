import { useEffect, useState } from 'react';
import { matching, type DuplicateCandidate } from '../../ui/api/matching.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { Link } from '../../ui/router.js';
import { duplicateStateLabel } from '../labels.js';
import { sideOfPerson } from '../matching/fields.js';
import { MatchExplanation } from '../matching/MatchExplanation.js';
import { ReaderName } from '../matching/ReaderName.js';

/**
 * Earlier registrations that may be the same applicant (found by the check after intake), each
 * with its likelihood and why, linking to the side-by-side review.
 */
export function ApplicationCandidates({ applicationId }: { applicationId: string }) {
  const { t, number } = useI18n();
  const [items, setItems] = useState<DuplicateCandidate[]>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    matching.applicationCandidates(applicationId).then((r) => setItems(r.body.items), setError);
  }, [applicationId]);
  if (error) return <ProblemNotice error={error} />;
  if (!items) return <p>{t('common.loading')}</p>;
  if (!items.length) return <p>{t('application.candidates.none')}</p>;
  return (
    <ul className="plain">
      {items.map((c) => (
        <li key={c.id} className="match">
          <div className="match__who">
            <ReaderName names={[c.right.familyName, c.right.givenName, c.right.patronymic]} />{' '}
            <span className="badge">{t(duplicateStateLabel[c.state])}</span>
          </div>
          <div className="match__score">{t('match.likelihood', { percent: number(Math.round(c.score * 100)) })}</div>
          <MatchExplanation fields={c.fields} ours={sideOfPerson(c.left)} theirs={sideOfPerson(c.right)} />
          <Link to={`/duplicates/${c.id}`}>{t('duplicates.openReview')}</Link>
        </li>
      ))}
    </ul>
  );
}
