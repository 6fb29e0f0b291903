import type { ApplicationView } from '../../ui/api/types.js';
import { StateBadge } from '../../ui/components/Badges.js';
import { Notice } from '../../ui/components/Notice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { actionLabel, roleLabel } from '../labels.js';

/** "Someone else changed this application": what they did, so the user can decide again. */
export function ConflictNotice({ theirs }: { theirs: ApplicationView['timeline'] }) {
  const { t, dateTime } = useI18n();
  return (
    <Notice tone="warning" title={t('conflict.title')}>
      <p>{t('conflict.explain')}</p>
      <ul>
        {theirs.map((a) => (
          <li key={a.version}>
            {dateTime(a.at)} — {t(actionLabel[a.type as keyof typeof actionLabel] ?? 'action.other')} ({t(roleLabel(a.actor.role))}) <StateBadge state={a.stateAfter} />
            {a.comment ? `: ${a.comment}` : ''}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
