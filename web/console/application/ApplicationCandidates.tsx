import { useEffect, useState } from 'react';
import { matching, type Availability, type DuplicateCandidate } from '../../ui/api/matching.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { Link } from '../../ui/router.js';
import { MatchExplanation } from '../matching/MatchExplanation.js';
import { NotAvailableYet } from '../matching/NotAvailableYet.js';

/** Earlier registrations that may be the same applicant, each linking to the side-by-side review. */
export function ApplicationCandidates({ applicationId }: { applicationId: string }) {
  const { t, number } = useI18n();
  const [result, setResult] = useState<Availability<{ items: DuplicateCandidate[] }>>();
  useEffect(() => {
    matching.applicationCandidates(applicationId).then(setResult, () => setResult({ available: false }));
  }, [applicationId]);
  if (!result) return <p>{t('common.loading')}</p>;
  if (!result.available) return <NotAvailableYet />;
  if (!result.value.items.length) return <p>{t('intake.candidates.none')}</p>;
  return (
    <ul className="plain">
      {result.value.items.map((c) => (
        <li key={c.id} className="match">
          <Link to={`/duplicates/${c.id}`}>
            {c.right.familyName.value} {c.right.givenName.value} — {t('match.score', { score: number(c.score) })}
          </Link>
          <MatchExplanation fields={c.fields} />
        </li>
      ))}
    </ul>
  );
}
