import { useEffect, useState } from 'react';
import { matching, type Availability, type DuplicateCandidate } from '../../ui/api/matching.js';
import { Dialog } from '../../ui/components/Dialog.js';
import { Notice } from '../../ui/components/Notice.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n, type MessageKey } from '../../ui/i18n/i18n.js';
import { MatchExplanation } from '../matching/MatchExplanation.js';
import { NotAvailableYet } from '../matching/NotAvailableYet.js';
import type { PageProps } from '../routes.js';
import { compare } from './comparison.js';

type Decision = 'confirm' | 'dismiss' | 'unmerge';

const questions: Record<Decision, MessageKey> = { confirm: 'duplicates.ask.confirm', dismiss: 'duplicates.ask.dismiss', unmerge: 'duplicates.ask.unmerge' };

/** Two records side by side with their differences marked; the reviewer merges, dismisses or undoes a merge. */
export default function DuplicateReviewPage({ params }: PageProps) {
  const { t, number } = useI18n();
  const [result, setResult] = useState<Availability<DuplicateCandidate>>();
  const [error, setError] = useState<unknown>();
  const [asking, setAsking] = useState<Decision>();
  const [idempotencyKey, setIdempotencyKey] = useState(() => crypto.randomUUID());

  useEffect(() => {
    matching.duplicate(params.id!).then(setResult, setError);
  }, [params.id]);

  if (error && !result) return <ProblemNotice error={error} />;
  if (!result) return <p className="loading">{t('common.loading')}</p>;
  if (!result.available) {
    return (
      <div>
        <h1>{t('duplicates.review.title')}</h1>
        <NotAvailableYet />
      </div>
    );
  }
  const candidate = result.value;

  async function decide(decision: Decision) {
    setError(undefined);
    try {
      const next = decision === 'unmerge' ? undefined : (await matching.decide(candidate.id, decision, idempotencyKey)).body;
      if (decision === 'unmerge') await matching.unmerge(candidate.left.id, idempotencyKey);
      setResult(next ? { available: true, value: next } : await matching.duplicate(candidate.id));
      setIdempotencyKey(crypto.randomUUID());
    } catch (e) {
      setError(e);
    } finally {
      setAsking(undefined);
    }
  }

  const labels: Record<Decision, string> = { confirm: t('duplicates.confirm'), dismiss: t('duplicates.dismiss'), unmerge: t('duplicates.unmerge') };
  return (
    <div>
      <h1>{t('duplicates.review.title')}</h1>
      <p className="lead">{t('match.score', { score: number(candidate.score) })}</p>
      <ProblemNotice error={error} />
      {candidate.state !== 'open' ? <Notice tone="info" title={t(candidate.state === 'confirmed' ? 'duplicates.state.confirmed' : 'duplicates.state.dismissed')} /> : null}
      <table className="table comparison">
        <thead>
          <tr>
            <th scope="col">{t('duplicates.field')}</th>
            <th scope="col">{t('duplicates.left')}</th>
            <th scope="col">{t('duplicates.right')}</th>
          </tr>
        </thead>
        <tbody>
          {compare(candidate.left, candidate.right).map((row) => (
            <tr key={row.label} className={row.differs ? 'comparison__row--differs' : undefined}>
              <th scope="row">
                {t(row.label)}
                {row.differs ? <span className="visually-hidden"> ({t('duplicates.differs')})</span> : null}
              </th>
              <td>{row.left}</td>
              <td>{row.right}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <h2>{t('duplicates.why')}</h2>
      <MatchExplanation fields={candidate.fields} />
      <div className="actions">
        {candidate.state === 'open' ? (
          <>
            <button type="button" className="button button--primary" onClick={() => setAsking('confirm')}>
              {labels.confirm}
            </button>
            <button type="button" className="button" onClick={() => setAsking('dismiss')}>
              {labels.dismiss}
            </button>
          </>
        ) : candidate.state === 'confirmed' ? (
          <button type="button" className="button" onClick={() => setAsking('unmerge')}>
            {labels.unmerge}
          </button>
        ) : null}
      </div>
      <Dialog title={asking ? labels[asking] : ''} open={Boolean(asking)} onClose={() => setAsking(undefined)}>
        <p>{asking ? t(questions[asking]) : ''}</p>
        <div className="actions">
          <button type="button" className="button button--primary" autoFocus onClick={() => asking && void decide(asking)}>
            {asking ? labels[asking] : ''}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setAsking(undefined)}>
            {t('common.cancel')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
