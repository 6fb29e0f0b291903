import { useEffect, useState } from 'react';
import { notifications } from '../../ui/api/endpoints.js';
import type { NotificationView } from '../../ui/api/types.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { Link } from '../../ui/router.js';
import { eventLabel, messageChannelLabel } from '../labels.js';

/** Messages that could not be delivered after every retry: a supervisor tries them again. */
export default function FailedNotificationsPage() {
  const { t, dateTime, number } = useI18n();
  const [items, setItems] = useState<NotificationView[]>();
  const [error, setError] = useState<unknown>();
  const load = () => notifications.dead().then((r) => setItems(r.body), setError);
  useEffect(() => {
    void load();
  }, []);

  async function retry(id: number) {
    try {
      await notifications.retry(id);
      await load();
    } catch (e) {
      setError(e);
    }
  }

  return (
    <div>
      <h1>{t('nav.notifications')}</h1>
      <ProblemNotice error={error} />
      {items === undefined ? (
        <p className="loading">{t('common.loading')}</p>
      ) : items.length === 0 ? (
        <p>{t('notifications.none')}</p>
      ) : (
        <table className="table">
          <caption>{t('notifications.count', { count: items.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('notifications.created')}</th>
              <th scope="col">{t('notifications.message')}</th>
              <th scope="col">{t('notifications.attempts')}</th>
              <th scope="col">{t('notifications.error')}</th>
              <th scope="col">{t('common.action')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((n) => (
              <tr key={n.id}>
                <td>{dateTime(n.createdAt)}</td>
                <td>
                  {n.subjectType === 'application' ? <Link to={`/applications/${n.subjectId}`}>{t(eventLabel[n.event])}</Link> : t(eventLabel[n.event])} ({t(messageChannelLabel[n.channel])})
                </td>
                <td className="num">{number(n.attempts)}</td>
                <td>{n.lastError ?? ''}</td>
                <td>
                  <button type="button" className="button" onClick={() => void retry(n.id)}>
                    {t('notifications.retry')}
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </div>
  );
}
