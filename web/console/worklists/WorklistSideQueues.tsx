import { useEffect, useState } from 'react';
import { conflicts } from '../../ui/api/conflicts.js';
import { notifications } from '../../ui/api/endpoints.js';
import { matching } from '../../ui/api/matching.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { Link } from '../../ui/router.js';
import { can, useSession } from '../session.js';

/** Queues that live on pages of their own: duplicates to review, outreach conflicts to resolve, messages that could not be delivered. */
export function WorklistSideQueues() {
  const { t, number } = useI18n();
  const { user } = useSession();
  const reviews = can(user, 'person.merge');
  const manages = can(user, 'notification.manage');
  const resolves = can(user, 'outreach.conflict.resolve');
  const [duplicates, setDuplicates] = useState<number | null>();
  const [conflicting, setConflicting] = useState<number>();
  const [dead, setDead] = useState<number>();

  useEffect(() => {
    if (reviews) matching.duplicates('open', 1, 0).then((r) => setDuplicates(r.body.total), () => setDuplicates(null));
    if (resolves) conflicts.count().then((r) => setConflicting(r.body.open), () => undefined);
    if (manages) notifications.dead().then((r) => setDead(r.body.length), () => undefined);
  }, [reviews, manages, resolves]);

  const count = (n: number | null | undefined) => (n === undefined || n === null ? '…' : number(n));
  return (
    <>
      {reviews ? (
        <li>
          <Link to="/duplicates">
            {t('nav.duplicates')} <span className="tabs__count">{count(duplicates)}</span>
          </Link>
        </li>
      ) : null}
      {resolves ? (
        <li>
          <Link to="/conflicts">
            {t('nav.conflicts')} <span className="tabs__count">{count(conflicting)}</span>
          </Link>
        </li>
      ) : null}
      {manages ? (
        <li>
          <Link to="/notifications">
            {t('nav.notifications')} <span className="tabs__count">{count(dead)}</span>
          </Link>
        </li>
      ) : null}
    </>
  );
}
