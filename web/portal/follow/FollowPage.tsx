import { useEffect, useState } from 'react';
import { ApiProblem, NetworkFailure } from '../../ui/api/problem.js';
import { portalApi } from '../api.js';
import { TextField } from '../apply/fields.js';
import { useI18n } from '../i18n.js';
import { StatusView, type ResidentApplication } from './StatusView.js';

/** Reference and birth date, then the one-time code, then the application itself. */
export default function FollowPage() {
  const { t } = useI18n();
  const [reference, setReference] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [challenge, setChallenge] = useState<string | null>(null);
  const [code, setCode] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [status, setStatus] = useState('');
  const [app, setApp] = useState<ResidentApplication | null>(null);

  // A session may still be open (back from another page): show the application at once.
  useEffect(() => {
    portalApi.get<ResidentApplication>('/api/portal/application').then((r) => setApp(r.body), () => undefined);
  }, []);

  async function run(action: () => Promise<void>) {
    setErrors({});
    try {
      await action();
    } catch (e) {
      if (e instanceof NetworkFailure) setStatus(t('common.offline'));
      else if (e instanceof ApiProblem) {
        setErrors(Object.fromEntries(Object.entries(e.fieldErrors()).map(([p, m]) => [p.slice(1), m])));
        setStatus(e.problem.errors?.length ? t('common.fix') : e.problem.title);
      }
    }
  }

  const ask = () =>
    run(async () => {
      const { body } = await portalApi.post<{ challengeId: string }>('/api/portal/codes', { reference, birthDate });
      setChallenge(body.challengeId);
      setCode('');
      setStatus(t('follow.sent'));
    });
  const open = () =>
    run(async () => {
      await portalApi.post('/api/portal/session', { challengeId: challenge, code });
      setApp((await portalApi.get<ResidentApplication>('/api/portal/application')).body);
      setStatus('');
    });

  if (app) return <StatusView app={app} onChange={setApp} onLeave={() => { setApp(null); setChallenge(null); }} />;
  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        void (challenge ? open() : ask());
      }}
    >
      <h1 tabIndex={-1}>{t('follow.title')}</h1>
      {!challenge ? (
        <>
          <TextField label={t('follow.reference')} hint={t('follow.reference.hint')} value={reference} onChange={setReference} error={errors.reference} autoComplete="off" />
          <TextField label={t('follow.birthDate')} type="date" value={birthDate} onChange={setBirthDate} error={errors.birthDate} autoComplete="bday" />
        </>
      ) : (
        <TextField label={t('follow.code')} value={code} onChange={setCode} error={errors.code} inputMode="numeric" autoComplete="one-time-code" />
      )}
      <p className="status" role="status">
        {status}
      </p>
      <div className="actions">
        {challenge && (
          <button type="button" className="secondary" onClick={() => { setChallenge(null); setStatus(''); }}>
            {t('follow.again')}
          </button>
        )}
        <button type="submit">{challenge ? t('follow.open') : t('follow.ask')}</button>
      </div>
    </form>
  );
}
