import { useEffect, useState } from 'react';
import { matching, type DuplicatePage, type DuplicateState } from '../../ui/api/matching.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { Link } from '../../ui/router.js';
import { duplicateStateLabel } from '../labels.js';
import { ReaderName } from '../matching/ReaderName.js';

const pageSize = 50;
const states: DuplicateState[] = ['open', 'confirmed', 'dismissed'];

/** Possible duplicates, most likely first: those waiting for a decision, and those decided (to undo a merge). */
export default function DuplicatesPage() {
  const { t, number, partialDate } = useI18n();
  const [state, setState] = useState<DuplicateState>('open');
  const [offset, setOffset] = useState(0);
  const [page, setPage] = useState<DuplicatePage>();
  const [error, setError] = useState<unknown>();
  useEffect(() => {
    setPage(undefined);
    matching.duplicates(state, pageSize, offset).then((r) => setPage(r.body), setError);
  }, [state, offset]);

  return (
    <div>
      <h1>{t('nav.duplicates')}</h1>
      <div className="segmented" role="group" aria-label={t('duplicates.show')}>
        {states.map((s) => (
          <button
            key={s}
            type="button"
            className={s === state ? 'button button--primary' : 'button'}
            aria-pressed={s === state}
            onClick={() => {
              setState(s);
              setOffset(0);
            }}
          >
            {t(duplicateStateLabel[s])}
          </button>
        ))}
      </div>
      <ProblemNotice error={error} />
      {page === undefined ? (
        error ? null : <p className="loading">{t('common.loading')}</p>
      ) : page.items.length === 0 ? (
        <p>{t('duplicates.none')}</p>
      ) : (
        <>
          <table className="table">
            <caption>{t('duplicates.count', { count: page.total })}</caption>
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
              {page.items.map((c) => (
                <tr key={c.id}>
                  <td>
                    <Link to={`/duplicates/${c.id}`}>
                      <ReaderName names={[c.left.familyName, c.left.givenName]} />
                    </Link>{' '}
                    {partialDate(c.left.birthDate)}
                  </td>
                  <td>
                    <ReaderName names={[c.right.familyName, c.right.givenName]} /> {partialDate(c.right.birthDate)}
                  </td>
                  <td className="num">{t('match.percent', { percent: number(Math.round(c.score * 100)) })}</td>
                </tr>
              ))}
            </tbody>
          </table>
          {page.total > pageSize ? (
            <div className="actions">
              <button type="button" className="button" disabled={offset === 0} onClick={() => setOffset(Math.max(0, offset - pageSize))}>
                {t('common.previous')}
              </button>
              <button type="button" className="button" disabled={offset + pageSize >= page.total} onClick={() => setOffset(offset + pageSize)}>
                {t('common.next')}
              </button>
            </div>
          ) : null}
        </>
      )}
    </div>
  );
}
