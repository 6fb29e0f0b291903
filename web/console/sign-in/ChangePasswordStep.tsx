import { useState, type FormEvent } from 'react';
import { session as sessionApi } from '../../ui/api/endpoints.js';
import { ApiProblem } from '../../ui/api/problem.js';
import { Field } from '../../ui/components/Field.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import type { SignInStepProps } from './step-props.js';

/** First sign-in with a one-time secret: the user chooses their own password. */
export function ChangePasswordStep({ password, done }: SignInStepProps) {
  const { t } = useI18n();
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [error, setError] = useState<unknown>();
  const [mismatch, setMismatch] = useState(false);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setMismatch(next !== repeat);
    if (next !== repeat) return;
    try {
      done((await sessionApi.changePassword(password, next)).body);
    } catch (err) {
      setError(err);
    }
  }

  const fieldErrors = error instanceof ApiProblem ? error.fieldErrors() : {};
  return (
    <form onSubmit={submit} noValidate className="stack">
      <h2>{t('signIn.newPassword.title')}</h2>
      <p>{t('signIn.newPassword.explain')}</p>
      {error && !Object.keys(fieldErrors).length ? <ProblemNotice error={error} /> : null}
      <Field label={t('signIn.newPassword')} required error={fieldErrors['/newPassword']}>
        {(p) => <input {...p} type="password" autoComplete="new-password" value={next} onChange={(e) => setNext(e.target.value)} />}
      </Field>
      <Field label={t('signIn.repeatPassword')} required error={mismatch ? t('signIn.passwordsDiffer') : undefined}>
        {(p) => <input {...p} type="password" autoComplete="new-password" value={repeat} onChange={(e) => setRepeat(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--primary">
        {t('signIn.newPassword.submit')}
      </button>
    </form>
  );
}
