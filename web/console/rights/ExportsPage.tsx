import { useEffect, useState } from 'react';
import { exports, type ExportView } from '../../ui/api/rights.js';
import { Notice } from '../../ui/components/Notice.js';
import { useI18n, type MessageKey } from '../../ui/i18n/i18n.js';
import { can, useSession } from '../session.js';
import { ExportActions } from './ExportActions.js';
import { ExportDecisionDialog } from './ExportDecisionDialog.js';
import { ExportRequestForm } from './ExportRequestForm.js';
import { exportColumnLabel, exportStateLabel, purposeLabel } from './labels.js';
import { RightsProblem } from './RightsProblem.js';

type Deciding = { view: ExportView; decision: 'approve' | 'refuse' };

/** The retention job marks exports expired on its hourly round; until then the expiry time says it. */
const shownState = (x: ExportView): ExportView['state'] =>
  x.state === 'approved' && x.expiresAt !== null && Date.parse(x.expiresAt) <= Date.now() ? 'expired' : x.state;

/** Personal-data exports with four eyes: one person asks, someone else decides, the asker downloads. */
export default function ExportsPage() {
  const { t, dateTime } = useI18n();
  const { user } = useSession();
  const [items, setItems] = useState<ExportView[]>();
  const [error, setError] = useState<unknown>();
  const [deciding, setDeciding] = useState<Deciding>();
  const [result, setResult] = useState<MessageKey>();

  const load = () => exports.list().then((r) => setItems(r.body.items), setError);
  useEffect(() => {
    void load();
  }, []);

  function changed(view: ExportView) {
    setDeciding(undefined);
    setResult(view.state === 'requested' ? 'exports.requested' : view.state === 'approved' ? 'exports.approved' : 'exports.refused');
    void load();
  }

  return (
    <div className="stack">
      <h1>{t('nav.exports')}</h1>
      {result ? <Notice tone="success" title={t(result)} /> : null}
      {can(user, 'export.request') ? <ExportRequestForm onRequested={changed} /> : null}
      <h2>{t('exports.list')}</h2>
      <RightsProblem error={error} />
      {items === undefined ? (
        error ? null : <p className="loading">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('exports.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('exports.askedAt')}</th>
              <th scope="col">{t('exports.recipient')}</th>
              <th scope="col">{t('exports.purpose')}</th>
              <th scope="col">{t('exports.columns')}</th>
              <th scope="col">{t('exports.state')}</th>
              <th scope="col">{t('common.action')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((x) => (
              <tr key={x.id}>
                <td>{dateTime(x.createdAt)}</td>
                <th scope="row">{x.recipient}</th>
                <td>{t(purposeLabel[x.purpose])}</td>
                <td>{x.columns.map((c) => t(exportColumnLabel[c])).join(', ')}</td>
                <td>
                  {t(exportStateLabel[shownState(x)])}
                  {x.rows !== null ? <div className="muted">{t('exports.rows', { count: x.rows })}</div> : null}
                  {shownState(x) === 'approved' && x.expiresAt ? <div className="muted">{t('exports.expiresAt', { at: dateTime(x.expiresAt) })}</div> : null}
                  {x.decisionNote ? <div className="muted">{t('exports.decisionNote', { note: x.decisionNote })}</div> : null}
                </td>
                <td>
                  <ExportActions view={x} onDecide={(decision) => setDeciding({ view: x, decision })} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {deciding ? <ExportDecisionDialog {...deciding} onClose={() => setDeciding(undefined)} onDone={changed} /> : null}
    </div>
  );
}
