import type { ApplicationView } from '../../ui/api/types.js';
import { StateBadge } from '../../ui/components/Badges.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { actionLabel, deliveryLabel, eventLabel, messageChannelLabel, reasonLabel, roleLabel } from '../labels.js';

type Action = ApplicationView['timeline'][number];
type Message = ApplicationView['notifications'][number];
type Entry = { at: string; action: Action } | { at: string; message: Message };

/** At the same instant, actions come in version order and before the messages they caused. */
const order = (e: Entry) => ('action' in e ? e.action.version : 1e9 + e.message.id);

/**
 * The application's story in order: every action taken (who, in which role, why) and every
 * message sent to the applicant with its delivery state, so staff can tell whether they were told.
 */
export function Timeline({ application }: { application: ApplicationView }) {
  const { t, dateTime } = useI18n();
  const entries: Entry[] = [
    ...application.timeline.map((action) => ({ at: action.at, action })),
    ...application.notifications.map((message) => ({ at: message.createdAt, message })),
  ].sort((a, b) => a.at.localeCompare(b.at) || order(a) - order(b));

  return (
    <ol className="timeline">
      {entries.map((e) =>
        'action' in e ? (
          <li key={`a${e.action.version}`} className="timeline__action">
            <time dateTime={e.at}>{dateTime(e.at)}</time>{' '}
            <strong>{t(actionLabel[e.action.type as keyof typeof actionLabel] ?? 'action.other')}</strong> <StateBadge state={e.action.stateAfter} />{' '}
            <span className="timeline__who">{t('timeline.by', { role: t(roleLabel(e.action.actor.role)) })}</span>
            {e.action.reasonCode ? <div>{t('timeline.reason', { reason: t(reasonLabel[e.action.reasonCode as keyof typeof reasonLabel] ?? 'reason.other') })}</div> : null}
            {e.action.comment ? <blockquote>{e.action.comment}</blockquote> : null}
          </li>
        ) : (
          <li key={`n${e.message.id}`} className={`timeline__message timeline__message--${e.message.state}`}>
            <time dateTime={e.at}>{dateTime(e.at)}</time>{' '}
            {t('timeline.message', { channel: t(messageChannelLabel[e.message.channel]), event: t(eventLabel[e.message.event]) })}{' '}
            <span className={`badge badge--delivery-${e.message.state}`}>{t(deliveryLabel[e.message.state])}</span>
            {e.message.sentAt ? <span> {t('timeline.sentAt', { at: dateTime(e.message.sentAt) })}</span> : null}
            {e.message.state === 'dead' && e.message.lastError ? <div className="field__error">{e.message.lastError}</div> : null}
          </li>
        ),
      )}
    </ol>
  );
}
