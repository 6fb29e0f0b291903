import { useEffect, useState } from 'react';
import { reports } from '../../ui/api/endpoints.js';
import type { IntakeFigureTable } from '../../ui/api/types.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { regionToday } from '../../ui/i18n/format.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { channelLabel, officeName } from '../labels.js';
import { useOffices, useOutreachEvents } from '../useReference.js';
import { BarChart } from './BarChart.js';
import { toCsv, totalsBySite, type SiteTotal } from './figureRows.js';

/** "5 at the Khankendi office, 2 at outreach, 98 through the portal": the day's figures, as a table, a chart and CSV. */
export default function FiguresPage() {
  const { t, number, partialDate, locale } = useI18n();
  const offices = useOffices();
  const events = useOutreachEvents();
  const [from, setFrom] = useState(regionToday());
  const [to, setTo] = useState(regionToday());
  const [figures, setFigures] = useState<IntakeFigureTable>();
  const [error, setError] = useState<unknown>();

  useEffect(() => {
    if (!from || !to) return;
    setError(undefined);
    reports.intake(from, to).then((r) => setFigures(r.body), setError);
  }, [from, to]);

  const siteName = (s: Pick<SiteTotal, 'channel' | 'officeId' | 'outreachEventId'>) => {
    if (s.outreachEventId) return `${t('channel.outreach')} ${events.find((e) => e.id === s.outreachEventId)?.code ?? ''}`.trim();
    const office = offices.find((o) => o.id === s.officeId);
    return office ? officeName(office, locale) : t(channelLabel[s.channel]);
  };
  const sites = figures ? totalsBySite(figures.rows) : [];

  function download() {
    if (!figures) return;
    const csv = toCsv(
      ['day', 'channel', 'office_id', 'outreach_event_id', 'site', 'count'],
      figures.rows.map((r) => [r.day, r.channel, r.officeId ?? '', r.outreachEventId ?? '', siteName(r), r.count]),
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    link.download = `homeward-intake-${from}-${to}.csv`;
    link.click();
    URL.revokeObjectURL(link.href);
  }

  return (
    <div className="figures">
      <h1>{t('figures.title')}</h1>
      <form className="filters" onSubmit={(e) => e.preventDefault()} aria-label={t('figures.period')}>
        <label>
          {t('worklist.filter.from')}
          <input type="date" value={from} onChange={(e) => setFrom(e.target.value)} />
        </label>
        <label>
          {t('worklist.filter.to')}
          <input type="date" value={to} onChange={(e) => setTo(e.target.value)} />
        </label>
        <button type="button" className="button" onClick={download} disabled={!figures}>
          {t('figures.csv')}
        </button>
      </form>
      <ProblemNotice error={error} />
      {figures ? (
        <>
          <p className="lead" aria-live="polite">
            {t('figures.summary', { count: figures.total })}
          </p>
          {sites.length ? <BarChart title={t('figures.chart')} bars={sites.map((s) => ({ label: siteName(s), value: s.count, text: number(s.count) }))} /> : null}
          <table className="table">
            <caption>{t('figures.table')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('figures.day')}</th>
                <th scope="col">{t('worklist.column.channel')}</th>
                <th scope="col">{t('figures.site')}</th>
                <th scope="col" className="num">
                  {t('figures.count')}
                </th>
              </tr>
            </thead>
            <tbody>
              {figures.rows.map((r) => (
                <tr key={`${r.day}|${r.channel}|${r.officeId}|${r.outreachEventId}`}>
                  <td>{partialDate(r.day)}</td>
                  <td>{t(channelLabel[r.channel])}</td>
                  <td>{siteName(r)}</td>
                  <td className="num">{number(r.count)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      ) : null}
    </div>
  );
}
