import { useEffect, useState } from 'react';
import type { Session } from './App.js';
import { listed, type ListedItem } from './device/outbox.js';
import { useI18n, type OutreachKey } from './i18n.js';

const knownReasons = new Set(['offline', 'signed-out']);

/** Every change on the device and where it is: saved here, sending, sent, or failed with the server's reason. */
export function OutboxPage({ session, version, onSend }: { session: Session; version: number; onSend(): void }) {
  const { t } = useI18n();
  const [list, setList] = useState<ListedItem[]>([]);
  useEffect(() => void listed(session.key).then(setList), [session, version]);
  const pending = list.filter((i) => i.state === 'saved' || i.state === 'sending').length;
  return (
    <section className="card">
      <h1>{t('outbox.title')}</h1>
      <p data-pending={pending}>{t('outbox.pending', { count: pending })}</p>
      <button type="button" onClick={onSend}>
        {t('outbox.send')}
      </button>
      {list.length === 0 && <p>{t('outbox.empty')}</p>}
      <ol className="outbox">
        {list.map((item) => (
          <li key={item.changeId} data-state={item.state}>
            <span>{t(`kind.${item.kind}`)}</span> <strong>{item.label}</strong> {item.reference && <span data-reference>{item.reference}</span>}{' '}
            <span className="state">{t(`state.${item.state}`)}</span>
            {item.reason && <span className="reason"> — {knownReasons.has(item.reason) ? t(`reason.${item.reason}` as OutreachKey) : item.reason}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}
