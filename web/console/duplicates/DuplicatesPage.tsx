import { useEffect, useState } from 'react';
import { matching, type Availability, type DuplicateCandidate } from '../../ui/api/matching.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { Link } from '../../ui/router.js';
import { NotAvailableYet } from '../matching/NotAvailableYet.js';

/** Possible duplicates waiting for a reviewer's decision, most likely first. */
export default function DuplicatesPage() {
  const { t, number, partialDate } = useI18n();
  const [result, setResult] = useState<Availability<{ total: number; items: DuplicateCandidate[] }>>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    matching.openDuplicates(200, 0).then(setResult, setError);
  }, []);

  return (
    <div>
      <h1>{t('nav.duplicates')}</h1>
      <ProblemNotice error={error} />
      {result === undefined ? (
        error ? null : <p className="loading">{t('common.loading')}</p>
      ) : !result.available ? (
        <NotAvailableYet />
      ) : result.value.items.length === 0 ? (
        <p>{t('duplicates.none')}</p>
      ) : (
        <table className="table">
          <caption>{t('duplicates.count', { count: result.value.total })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('duplicates.left')}</th>
              <th scope="col">{t('duplicates.right')}</th>
              <th scope="col" className="num">
                {t('duplicates.score')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.value.items.map((c) => (
              <tr key={c.id}>
                <td>
                  <Link to={`/duplicates/${c.id}`}>
                    {c.left.familyName.value} {c.left.givenName.value}
                  </Link>{' '}
                  {partialDate(c.left.birthDate)}
                </td>
                <td>
                  {c.right.familyName.value} {c.right.givenName.value} {partialDate(c.right.birthDate)}
                </td>
                <td className="num">{number(c.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
