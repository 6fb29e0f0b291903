import { useEffect, useState, type ReactNode } from 'react';
import type { Session } from './session.js';
import { listed, type ListedItem } from './device/outbox.js';
import { discardPhoto, photos, type PhotoRecord } from './device/photos.js';
import { useI18n, type OutreachKey } from './i18n.js';

const knownReasons = new Set(['offline', 'signed-out', 'registration-failed']);

/**
 * Every change on the device and where it is: saved here, sending, sent, or failed with the
 * server's reason; under a registration, each of its document photos with its own state.
 */
export function OutboxPage({ session, version, onSend }: { session: Session; version: number; onSend(): void }) {
  const { t } = useI18n();
  const [list, setList] = useState<ListedItem[]>([]);
  const [pictures, setPictures] = useState<PhotoRecord[]>([]);
  useEffect(() => {
    void listed(session.key).then(setList);
    void photos().then(setPictures);
  }, [session, version]);
  // Photos taken on a visit with no correction to go with them.
  const loose = pictures.filter((p) => !list.some((i) => i.changeId === p.changeId));
  const pending = list.filter((i) => i.state === 'saved' || i.state === 'sending').length;
  const discard = (id: string) => void discardPhoto(id).then(() => photos().then(setPictures));
  const reason = (text: string | undefined) =>
    text && <span className="reason"> — {knownReasons.has(text) ? t(`reason.${text}` as OutreachKey) : text}</span>;
  return (
    <section className="card">
      <h1>{t('outbox.title')}</h1>
      <p data-pending={pending}>{t('outbox.pending', { count: pending })}</p>
      <button type="button" onClick={onSend}>
        {t('outbox.send')}
      </button>
      {list.length === 0 && <p>{t('outbox.empty')}</p>}
      <ol className="outbox">
        {list.map((item) => {
          const own = pictures.filter((p) => p.changeId === item.changeId);
          return (
            <li key={item.changeId} data-state={item.state}>
              <span>{t(`kind.${item.kind}`)}</span> <strong>{item.label}</strong> {item.reference && <span data-reference>{item.reference}</span>}{' '}
              <span className="state">{t(`state.${item.state}`)}</span>
              {reason(item.reason)}
              {own.length > 0 && <PhotoStates photos={own} reason={reason} onDiscard={discard} />}
            </li>
          );
        })}
      </ol>
      {loose.length > 0 && (
        <>
          <h2>{t('photos.title')}</h2>
          <PhotoStates photos={loose} reason={reason} onDiscard={discard} />
        </>
      )}
    </section>
  );
}

/** Each photo's state; one that failed can be removed from the device (sending it again cannot help). */
function PhotoStates({ photos, reason, onDiscard }: { photos: PhotoRecord[]; reason(text: string | undefined): ReactNode; onDiscard(id: string): void }) {
  const { t } = useI18n();
  return (
    <ul className="photos">
      {photos.map((p, i) => (
        <li key={p.id} data-photo-state={p.state}>
          {t('photos.alt', { count: i + 1 })} ({t(`document.${p.kind}`)}): <span className="state">{t(`state.${p.state}`)}</span>
          {reason(p.reason)}{' '}
          {p.state === 'failed' && (
            <button type="button" onClick={() => onDiscard(p.id)}>
              {t('photos.discard', { count: i + 1 })}
            </button>
          )}
        </li>
      ))}
    </ul>
  );
}
