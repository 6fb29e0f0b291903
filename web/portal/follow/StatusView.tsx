import { useState } from 'react';
import { ApiProblem, NetworkFailure } from '../../ui/api/problem.js';
import { portalApi, upload } from '../api.js';
import { dataUrlBlob, resizePhoto } from '../../ui/resize-photo.js';
import { Field } from '../apply/fields.js';
import { useI18n, type PortalKey } from '../i18n.js';
import { follow } from '../router.js';

export interface ResidentApplication {
  reference: string;
  state: string;
  version: number;
  timeline: { type: string; state: string; at: string; comment: string | null; reasonCode: string | null }[];
  asked: { comment: string; at: string } | null;
  canAnswer: boolean;
  attachments: { id: string }[];
  notifyBy: 'sms' | 'email' | 'none';
  contacts: { sms: string | null; email: string | null };
}

/** The application in plain words: where it is, what happened, what is asked, how the resident is told. */
export function StatusView({ app, onChange, onLeave }: { app: ResidentApplication; onChange(a: ResidentApplication): void; onLeave(): void }) {
  const { t, locale, dateTime } = useI18n();
  const [answer, setAnswer] = useState('');
  const [photos, setPhotos] = useState<string[]>([]);
  const [notifyBy, setNotifyBy] = useState(app.notifyBy);
  const [status, setStatus] = useState('');
  const [key] = useState(() => crypto.randomUUID());

  async function run(action: () => Promise<void>) {
    try {
      await action();
    } catch (e) {
      setStatus(e instanceof NetworkFailure ? t('common.offline') : e instanceof ApiProblem ? (e.problem.errors?.[0]?.message ?? e.problem.title) : String(e));
    }
  }
  const sendAnswer = () =>
    run(async () => {
      for (const [i, p] of photos.entries()) await upload('/api/portal/application/attachments?kind=other', await dataUrlBlob(p), `${key}-photo-${i}`, locale);
      const { body } = await portalApi.post<ResidentApplication>('/api/portal/application/answer', answer.trim() ? { comment: answer.trim() } : {}, { ifMatch: app.version, idempotencyKey: `${key}-answer` });
      onChange(body);
      setPhotos([]);
      setStatus(t('status.answered'));
    });
  const saveNotify = () =>
    run(async () => {
      onChange((await portalApi.put<ResidentApplication>('/api/portal/application/notify', { notifyBy })).body);
      setStatus(t('status.notify.saved'));
    });
  const leave = () => run(async () => { await portalApi.delete('/api/portal/session'); onLeave(); });

  return (
    <>
      <h1 tabIndex={-1}>{t('status.title', { reference: app.reference })}</h1>
      <p className="now" data-testid="state">
        {t('status.now', { state: t(`state.${app.state}` as PortalKey) })}
      </p>
      {app.asked && (
        <section className="asked" aria-labelledby="asked">
          <h2 id="asked">{t('status.asked')}</h2>
          <blockquote>{app.asked.comment}</blockquote>
          <Field label={t('status.addPhotos')}>
            {({ id }) => (
              <input id={id} type="file" accept="image/*" capture="environment" multiple onChange={async (e) => { const files = [...(e.currentTarget.files ?? [])]; setPhotos([...photos, ...(await Promise.all(files.map((f) => resizePhoto(f))))]); }} />
            )}
          </Field>
          <p>{t('apply.photos.count', { count: photos.length })}</p>
          <Field label={t('status.answer')}>{({ id }) => <textarea id={id} value={answer} rows={3} onInput={(e) => setAnswer(e.currentTarget.value)} />}</Field>
          <button type="button" onClick={() => void sendAnswer()}>
            {t('status.send')}
          </button>
        </section>
      )}
      <p className="status" role="status">
        {status}
      </p>
      <h2>{t('status.timeline')}</h2>
      <ol className="timeline">
        {app.timeline.map((s, i) => (
          <li key={i}>
            <time dateTime={s.at}>{dateTime(s.at)}</time> {t(`step.${s.type}` as PortalKey)}
            {s.comment && <q>{s.comment}</q>}
            {s.reasonCode && <span> — {t('status.reason', { reason: t(`reason.${s.reasonCode}` as PortalKey) })}</span>}
          </li>
        ))}
      </ol>
      <p>{t('status.documents', { count: app.attachments.length })}</p>
      <fieldset className="choice">
        <legend>{t('status.notify')}</legend>
        {app.contacts.sms && (
          <label>
            <input type="radio" name="notify" checked={notifyBy === 'sms'} onChange={() => setNotifyBy('sms')} /> {t('notify.sms')} ({app.contacts.sms})
          </label>
        )}
        {app.contacts.email && (
          <label>
            <input type="radio" name="notify" checked={notifyBy === 'email'} onChange={() => setNotifyBy('email')} /> {t('notify.email')} ({app.contacts.email})
          </label>
        )}
        <button type="button" className="secondary" onClick={() => void saveNotify()}>
          {t('status.notify.save')}
        </button>
      </fieldset>
      <p>
        <a href="/portal/my-data" onClick={(e) => follow(e, '/portal/my-data')}>
          {t('status.myData')}
        </a>
      </p>
      <div className="actions">
        <button type="button" className="secondary" onClick={() => void leave()}>
          {t('status.leave')}
        </button>
      </div>
    </>
  );
}
