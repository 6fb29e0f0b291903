import { useCallback, useMemo } from 'react';
import type { WorklistQuery } from '../../ui/api/types.js';
import { StateBadge } from '../../ui/components/Badges.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { VirtualList } from '../../ui/components/VirtualList.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { Link, navigate, useLocation } from '../../ui/router.js';
import { channelLabel, officeName } from '../labels.js';
import { can, useSession } from '../session.js';
import { useOffices } from '../useReference.js';
import { filterKeys, queryFromAddress, worklists } from './definitions.js';
import { useWorklistCounts } from './useWorklistCounts.js';
import { useWorklistRows } from './useWorklistRows.js';
import { WorklistFilters } from './WorklistFilters.js';
import { WorklistSideQueues } from './WorklistSideQueues.js';

const rowHeight = 44;

/** The queues of the day; the chosen queue and filters live in the address, so Back and links work. */
export default function WorklistsPage() {
  const { t, number, partialDate, date, locale } = useI18n();
  const { user } = useSession();
  const { search } = useLocation();
  const offices = useOffices();

  const lists = useMemo(() => worklists.filter((w) => can(user, w.permission)), [user]);
  const current = lists.find((l) => l.id === search.get('list')) ?? lists[0]!;
  const filters = queryFromAddress(search, undefined);
  const queryKey = JSON.stringify(queryFromAddress(search, current.state));
  const query = useMemo(() => JSON.parse(queryKey) as WorklistQuery, [queryKey]);
  const counts = useWorklistCounts(lists, filters);
  const rows = useWorklistRows(query);

  const go = (listId: string, next: WorklistQuery) => {
    const params = new URLSearchParams({ list: listId });
    for (const k of filterKeys) if (next[k]) params.set(k, String(next[k]));
    navigate(`/?${params}`, { replace: true });
  };

  const officeLabel = (id: string | null) => {
    const office = offices.find((o) => o.id === id);
    return office ? officeName(office, locale) : '';
  };
  const { want } = rows;
  const onVisibleRange = useCallback((first: number, last: number) => want(first, last), [want]);
  const height = Math.max(320, window.innerHeight - 330);

  return (
    <div className="worklists">
      <h1>{t('nav.worklists')}</h1>
      <nav aria-label={t('worklist.queues')}>
        <ul className="tabs">
          {lists.map((l) => (
            <li key={l.id}>
              <Link to={`/?list=${l.id}`} aria-current={l === current ? 'page' : undefined} onClick={(e) => (e.preventDefault(), go(l.id, filters))}>
                {t(l.title)} <span className="tabs__count">{counts[l.id] === undefined ? '…' : number(counts[l.id]!)}</span>
              </Link>
            </li>
          ))}
          <WorklistSideQueues />
        </ul>
      </nav>
      <WorklistFilters value={filters} onChange={(next) => go(current.id, next)} />
      <ProblemNotice error={rows.error} />
      <p className="worklists__summary" aria-live="polite">
        {rows.total === undefined ? t('common.loading') : t('worklist.count', { count: rows.total })}
      </p>
      <div className="wl-row wl-row--head" aria-hidden="true">
        <span>{t('worklist.column.reference')}</span>
        <span>{t('worklist.column.applicant')}</span>
        <span>{t('worklist.column.birthDate')}</span>
        <span>{t('worklist.column.state')}</span>
        <span>{t('worklist.column.channel')}</span>
        <span>{t('worklist.column.received')}</span>
      </div>
      {rows.total ? (
        <VirtualList
          count={rows.total}
          rowHeight={rowHeight}
          height={height}
          label={t(current.title)}
          idPrefix="worklist-row"
          onVisibleRange={onVisibleRange}
          onOpen={(i) => {
            const r = rows.row(i);
            if (r) navigate(`/applications/${r.id}`);
          }}
          renderRow={(i) => {
            const r = rows.row(i);
            if (!r) return <span className="wl-row wl-row--loading">{t('common.loading')}</span>;
            return (
              <span className="wl-row">
                <span className="reference">{r.reference}</span>
                <span>
                  {r.applicant.givenName} {r.applicant.familyName}
                </span>
                <span>{partialDate(r.applicant.birthDate)}</span>
                <span>
                  <StateBadge state={r.state} />
                </span>
                <span>
                  {t(channelLabel[r.channel])} {officeLabel(r.officeId)}
                </span>
                <span>{date(r.createdAt)}</span>
              </span>
            );
          }}
        />
      ) : null}
    </div>
  );
}
