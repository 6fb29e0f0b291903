import { useEffect, useState } from 'react';
import { corrections, type ResidentCorrection, type StaffCorrection } from '../../ui/api/rights.js';
import { Notice } from '../../ui/components/Notice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { CorrectionDialog } from './CorrectionDialog.js';
import { CorrectionValue } from './CorrectionValue.js';
import { correctionFieldLabel } from './labels.js';
import { RightsProblem } from './RightsProblem.js';

type Open = { correction: StaffCorrection; decision: 'apply' | 'reject' };

/** Corrections residents asked for on the portal, each beside the value on record, to apply or reject. */
export default function CorrectionsPage() {
  const { t, dateTime } = useI18n();
  const [items, setItems] = useState<StaffCorrection[]>();
  const [error, setError] = useState<unknown>();
  const [open, setOpen] = useState<Open>();
  const [result, setResult] = useState<{ field: string; outcome: ResidentCorrection['state'] }>();

  const load = () => corrections.open().then((r) => setItems(r.body.items), setError);
  useEffect(() => {
    void load();
  }, []);

  function done(resolved: ResidentCorrection) {
    setOpen(undefined);
    setResult({ field: t(correctionFieldLabel[resolved.field]), outcome: resolved.state });
    void load();
  }

  return (
    <div className="stack">
      <h1>{t('nav.corrections')}</h1>
      <p className="lead">{t('corrections.lead')}</p>
      {result ? <Notice tone="success" title={t(result.outcome === 'applied' ? 'corrections.applied' : 'corrections.rejected', { field: result.field })} /> : null}
      <RightsProblem error={error} />
      {items === undefined ? (
        error ? null : <p className="loading">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('corrections.none')}</p>
      ) : (
        <table className="table">
          <caption>{t('corrections.count', { count: items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('corrections.field')}</th>
              <th scope="col">{t('corrections.current')}</th>
              <th scope="col">{t('corrections.requested')}</th>
              <th scope="col">{t('corrections.askedAt')}</th>
              <th scope="col">{t('common.action')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((c) => (
              <tr key={c.id}>
                <th scope="row">{t(correctionFieldLabel[c.field])}</th>
                <td>{c.field === 'other' ? '' : <CorrectionValue field={c.field} value={c.currentValue} />}</td>
                <td>
                  {c.field === 'other' ? null : <CorrectionValue field={c.field} value={c.requestedValue} />}
                  {c.comment ? <p className="muted">{t('corrections.comment', { comment: c.comment })}</p> : null}
                </td>
                <td>{dateTime(c.requestedAt)}</td>
                <td>
                  <div className="actions">
                    <button type="button" className="button" aria-label={t('corrections.applyOne', { field: t(correctionFieldLabel[c.field]) })} onClick={() => setOpen({ correction: c, decision: 'apply' })}>
                      {t('corrections.apply')}
                    </button>
                    <button type="button" className="button button--quiet" aria-label={t('corrections.rejectOne', { field: t(correctionFieldLabel[c.field]) })} onClick={() => setOpen({ correction: c, decision: 'reject' })}>
                      {t('corrections.reject')}
                    </button>
                  </div>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open ? <CorrectionDialog {...open} onClose={() => setOpen(undefined)} onDone={done} /> : null}
    </div>
  );
}
