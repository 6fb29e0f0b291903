import { useEffect, useState } from 'react';
import { matching, type DuplicateCandidate } from '../../ui/api/matching.js';
import { Dialog } from '../../ui/components/Dialog.js';
import { Notice } from '../../ui/components/Notice.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n, type MessageKey } from '../../ui/i18n/i18n.js';
import { Link } from '../../ui/router.js';
import { sideOfPerson } from '../matching/fields.js';
import { MatchExplanation } from '../matching/MatchExplanation.js';
import type { PageProps } from '../page-props.js';
import { ComparisonTable } from './ComparisonTable.js';

type Decision = 'confirm' | 'dismiss' | 'unmerge';

const questions: Record<Decision, MessageKey> = { confirm: 'duplicates.ask.confirm', dismiss: 'duplicates.ask.dismiss', unmerge: 'duplicates.ask.unmerge' };
const buttons: Record<Decision, MessageKey> = { confirm: 'duplicates.confirm', dismiss: 'duplicates.dismiss', unmerge: 'duplicates.unmerge' };
const done: Record<Decision, MessageKey> = { confirm: 'duplicates.done.confirm', dismiss: 'duplicates.done.dismiss', unmerge: 'duplicates.done.unmerge' };

/** Two records side by side with their differences marked; the reviewer merges, dismisses or undoes a merge, each after a confirmation. */
export default function DuplicateReviewPage({ params }: PageProps) {
  const { t, number } = useI18n();
  const [candidate, setCandidate] = useState<DuplicateCandidate>();
  const [error, setError] = useState<unknown>();
  const [asking, setAsking] = useState<Decision>();
  const [busy, setBusy] = useState(false);
  const [last, setLast] = useState<Decision>();

  useEffect(() => {
    matching.duplicate(params.id!).then((r) => setCandidate(r.body), setError);
  }, [params.id]);

  if (error && !candidate) return <ProblemNotice error={error} />;
  if (!candidate) return <p className="loading">{t('common.loading')}</p>;
  const c = candidate;

  async function decide(decision: Decision) {
    setError(undefined);
    setBusy(true);
    try {
      if (decision === 'unmerge') {
        // The later record (left) is the one merged away; undoing puts the pair back up for review.
        await matching.unmerge(c.left.id);
        setCandidate((await matching.duplicate(c.id)).body);
      } else {
        setCandidate((await matching.decide(c.id, decision)).body);
      }
      setLast(decision);
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
      setAsking(undefined);
    }
  }

  return (
    <div>
      <h1>{t('duplicates.review.title')}</h1>
      <p className="lead">
        {t('match.likelihood', { percent: number(Math.round(c.score * 100)) })}
        {c.applicationId ? (
          <>
            {' · '}
            <Link to={`/applications/${c.applicationId}`}>{t('duplicates.application')}</Link>
          </>
        ) : null}
      </p>
      <ProblemNotice error={error} />
      {last ? <Notice tone="success" title={t(done[last])} /> : null}
      {c.state !== 'open' && !last ? <Notice tone="info" title={t(c.state === 'confirmed' ? 'duplicates.state.confirmed' : 'duplicates.state.dismissed')} /> : null}
      <ComparisonTable left={c.left} right={c.right} fields={c.fields} />
      <h2>{t('duplicates.why')}</h2>
      <MatchExplanation fields={c.fields} ours={sideOfPerson(c.left)} theirs={sideOfPerson(c.right)} />
      <div className="actions">
        {c.state === 'open' ? (
          <>
            <button type="button" className="button button--primary" disabled={busy} onClick={() => setAsking('confirm')}>
              {t(buttons.confirm)}
            </button>
            <button type="button" className="button" disabled={busy} onClick={() => setAsking('dismiss')}>
              {t(buttons.dismiss)}
            </button>
          </>
        ) : c.state === 'confirmed' ? (
          <button type="button" className="button" disabled={busy} onClick={() => setAsking('unmerge')}>
            {t(buttons.unmerge)}
          </button>
        ) : null}
      </div>
      <Dialog title={asking ? t(buttons[asking]) : ''} open={Boolean(asking)} onClose={() => setAsking(undefined)}>
        <p>{asking ? t(questions[asking]) : ''}</p>
        <div className="actions">
          <button type="button" className="button button--primary" autoFocus disabled={busy} onClick={() => asking && void decide(asking)}>
            {asking ? t(buttons[asking]) : ''}
          </button>
          <button type="button" className="button button--quiet" onClick={() => setAsking(undefined)}>
            {t('common.cancel')}
          </button>
        </div>
      </Dialog>
    </div>
  );
}
