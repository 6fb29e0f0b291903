import { useCallback, useEffect, useState, type FormEvent } from 'react';
import { ownAccount, type Factors } from '../../ui/api/accounts.js';
import { ApiProblem } from '../../ui/api/problem.js';
import { Field } from '../../ui/components/Field.js';
import { Notice } from '../../ui/components/Notice.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { factorLabel } from '../labels.js';
import { useSession } from '../session.js';
import { AddAuthenticatorApp } from './AddAuthenticatorApp.js';
import { AddPasskey } from './AddPasskey.js';

/** My second factors and recovery codes, my password, and my sessions. */
export default function MyAccountPage() {
  const { t, dateTime } = useI18n();
  const { signOut } = useSession();
  const [mine, setMine] = useState<Factors>();
  const [codes, setCodes] = useState<string[]>();
  const [error, setError] = useState<unknown>();
  const [done, setDone] = useState<string>();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');

  const load = useCallback(() => ownAccount.factors().then((r) => setMine(r.body), setError), []);
  useEffect(() => void load(), [load]);

  async function run(action: () => Promise<unknown>, message?: string) {
    setError(undefined);
    setDone(undefined);
    try {
      await action();
      if (message) setDone(message);
      await load();
    } catch (e) {
      setError(e);
    }
  }

  async function changePassword(e: FormEvent) {
    e.preventDefault();
    await run(async () => {
      await ownAccount.changePassword(current, next);
      setCurrent('');
      setNext('');
    }, t('account.password.done'));
  }

  const fieldErrors = error instanceof ApiProblem ? error.fieldErrors() : {};
  return (
    <div>
      <h1>{t('account.title')}</h1>
      {Object.keys(fieldErrors).length ? null : <ProblemNotice error={error} />}
      {done ? <Notice tone="success" title={done} /> : null}
      <section className="card" aria-labelledby="factors-title">
        <h2 id="factors-title">{t('staff.factors')}</h2>
        {mine ? (
          <>
            <ul className="plain">
              {mine.factors.map((f) => (
                <li key={f.id}>
                  {t(factorLabel[f.kind])}: {f.label} — {t('account.factor.added', { at: dateTime(f.createdAt) })}{' '}
                  {mine.factors.length > 1 ? (
                    <button type="button" className="button button--quiet" aria-label={`${t('common.remove')}: ${f.label}`} onClick={() => void run(() => ownAccount.removeFactor(f.id))}>
                      {t('common.remove')}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
            <p>{t('account.recoveryLeft', { count: mine.recoveryCodesLeft })}</p>
          </>
        ) : (
          <p className="loading">{t('common.loading')}</p>
        )}
        <div className="actions">
          <AddAuthenticatorApp onAdded={() => void run(async () => undefined, t('account.addApp.done'))} />
          <AddPasskey onAdded={() => void run(async () => undefined, t('account.addPasskey.done'))} />
        </div>
      </section>
      <section className="card" aria-labelledby="codes-title">
        <h2 id="codes-title">{t('signIn.recoveryCodes.title')}</h2>
        {codes ? (
          <>
            <p>{t('signIn.recoveryCodes.explain')}</p>
            <ol className="recovery-codes" data-testid="recovery-codes">
              {codes.map((c) => (
                <li key={c}>
                  <code className="reference">{c}</code>
                </li>
              ))}
            </ol>
          </>
        ) : null}
        <button type="button" className="button" onClick={() => void run(async () => setCodes((await ownAccount.newRecoveryCodes()).body.recoveryCodes))}>
          {t('account.newCodes')}
        </button>
      </section>
      <form className="card" onSubmit={changePassword} noValidate aria-labelledby="password-title">
        <h2 id="password-title">{t('account.password')}</h2>
        <Field label={t('account.password.current')} required error={fieldErrors['/currentPassword']}>
          {(p) => <input {...p} type="password" autoComplete="current-password" value={current} onChange={(e) => setCurrent(e.target.value)} />}
        </Field>
        <Field label={t('signIn.newPassword')} required error={fieldErrors['/newPassword']}>
          {(p) => <input {...p} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />}
        </Field>
        <button type="submit" className="button button--primary">
          {t('signIn.newPassword.submit')}
        </button>
      </form>
      <section className="card" aria-labelledby="sessions-title">
        <h2 id="sessions-title">{t('account.sessions')}</h2>
        <p>{t('account.signOutEverywhere.explain')}</p>
        <button
          type="button"
          className="button"
          onClick={() =>
            void ownAccount.signOutEverywhere().then(
              () => signOut(),
              (e: unknown) => setError(e),
            )
          }
        >
          {t('account.signOutEverywhere')}
        </button>
      </section>
    </div>
  );
}
