import { useEffect, useState } from 'react';
import { erasureRequests, type StaffErasureRequest } from '../../ui/api/rights.js';
import { Notice } from '../../ui/components/Notice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { Link } from '../../ui/router.js';
import { NoteDecisionDialog } from './NoteDecisionDialog.js';
import { RightsProblem } from './RightsProblem.js';

/**
 * Residents' own erasure requests, oldest first, by person id (the officer sees no personal data).
 * Erasing happens on the person's page, where legal holds are shown, and answers the request; a
 * refusal needs the reason the resident will read.
 */
export function ErasureRequests() {
  const { t, dateTime } = useI18n();
  const [items, setItems] = useState<StaffErasureRequest[]>();
  const [error, setError] = useState<unknown>();
  const [refusing, setRefusing] = useState<StaffErasureRequest>();
  const [refused, setRefused] = useState(false);

  const load = () => erasureRequests.open().then((r) => setItems(r.body.items), setError);
  useEffect(() => {
    void load();
  }, []);

  return (
    <>
      <h2>{t('erasureRequests.list')}</h2>
      {refused ? <Notice tone="success" title={t('erasureRequests.refused')} /> : null}
      <RightsProblem error={error} />
      {items === undefined ? (
        error ? null : <p className="loading">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('erasureRequests.none')}</p>
      ) : (
        <table className="table">
          <thead>
            <tr>
              <th scope="col">{t('erasureRequests.when')}</th>
              <th scope="col">{t('erasureRequests.person')}</th>
              <th scope="col">{t('common.action')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((q) => (
              <tr key={q.id}>
                <td>{dateTime(q.requestedAt)}</td>
                <th scope="row">
                  <code>{q.personId}</code>
                </th>
                <td className="actions">
                  <Link to={`/rights/people/${encodeURIComponent(q.personId)}`} className="button button--primary">
                    {t('erasureRequests.open')}
                  </Link>
                  <button type="button" className="button button--quiet" onClick={() => setRefusing(q)}>
                    {t('erasureRequests.refuse')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {refusing ? (
        <NoteDecisionDialog
          title={t('erasureRequests.refuse')}
          accepting={false}
          noteLabel={t('erasureRequests.refuse.note')}
          rows={3}
          decide={async (note) => {
            await erasureRequests.refuse(refusing.id, note);
            setRefusing(undefined);
            setRefused(true);
            await load();
          }}
          onClose={() => setRefusing(undefined)}
        >
          <p>{t('erasureRequests.what', { id: refusing.personId })}</p>
        </NoteDecisionDialog>
      ) : null}
    </>
  );
}
