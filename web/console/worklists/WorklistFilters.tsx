import { useEffect, useState } from 'react';
import { offices as officesApi } from '../../ui/api/endpoints.js';
import type { OfficeView, WorklistQuery } from '../../ui/api/types.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { canEverywhere, useSession } from '../session.js';
import { channelLabel, officeName } from '../labels.js';

const channels = ['reception', 'outreach', 'portal'] as const;

/** Office (for those who see every office), channel, period and order; every change applies at once. */
export function WorklistFilters({ value, onChange }: { value: WorklistQuery; onChange(next: WorklistQuery): void }) {
  const { t, locale } = useI18n();
  const { user } = useSession();
  const [offices, setOffices] = useState<OfficeView[]>([]);
  const everywhere = canEverywhere(user, 'application.read');
  useEffect(() => {
    if (everywhere) officesApi.list().then((r) => setOffices(r.body), () => undefined);
  }, [everywhere]);

  const set = (patch: WorklistQuery) => onChange({ ...value, ...patch });
  return (
    <form className="filters" role="search" aria-label={t('worklist.filters')} onSubmit={(e) => e.preventDefault()}>
      {everywhere ? (
        <label>
          {t('worklist.filter.office')}
          <select value={value.officeId ?? ''} onChange={(e) => set({ officeId: e.target.value || undefined })}>
            <option value="">{t('worklist.filter.anyOffice')}</option>
            {offices.map((o) => (
              <option key={o.id} value={o.id}>
                {officeName(o, locale)}
              </option>
            ))}
          </select>
        </label>
      ) : null}
      <label>
        {t('worklist.filter.channel')}
        <select value={value.channel ?? ''} onChange={(e) => set({ channel: (e.target.value || undefined) as WorklistQuery['channel'] })}>
          <option value="">{t('worklist.filter.anyChannel')}</option>
          {channels.map((c) => (
            <option key={c} value={c}>
              {t(channelLabel[c])}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('worklist.filter.from')}
        <input type="date" value={value.from ?? ''} onChange={(e) => set({ from: e.target.value || undefined })} />
      </label>
      <label>
        {t('worklist.filter.to')}
        <input type="date" value={value.to ?? ''} onChange={(e) => set({ to: e.target.value || undefined })} />
      </label>
      <label>
        {t('worklist.filter.sort')}
        <select value={value.sort ?? 'oldest'} onChange={(e) => set({ sort: e.target.value as 'oldest' | 'newest' })}>
          <option value="oldest">{t('worklist.sort.oldest')}</option>
          <option value="newest">{t('worklist.sort.newest')}</option>
        </select>
      </label>
    </form>
  );
}
