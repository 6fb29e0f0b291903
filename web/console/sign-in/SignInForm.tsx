import { useState, type FormEvent } from 'react';
import { session as sessionApi } from '../../ui/api/endpoints.js';
import { ApiProblem } from '../../ui/api/problem.js';
import type { Session, UserView } from '../../ui/api/types.js';
import { Field } from '../../ui/components/Field.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { stepsAfterPassword } from './steps.js';

/**
 * User name and password, then whatever steps the session still needs (second factor, password
 * change). `resume` is a session the page found half signed in (after a reload), picked up where it was.
 */
export function SignInForm({ fixedUsername, resume, onSignedIn }: { fixedUsername?: string; resume?: Session; onSignedIn(user: UserView): void }) {
  const { t } = useI18n();
  const [username, setUsername] = useState(fixedUsername ?? '');
  const [password, setPassword] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [pending, setPending] = useState<Session | undefined>(resume);

  async function submit(e: FormEvent) {
    e.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      advance((await sessionApi.signIn(username.trim(), password)).body);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  function advance(s: Session) {
    const next = stepsAfterPassword.find((step) => step.needed(s));
    if (next) setPending(s);
    else onSignedIn(s.user);
  }

  const step = pending && stepsAfterPassword.find((s) => s.needed(pending));
  if (pending && step) return <step.Component session={pending} password={password} done={advance} />;

  const fieldErrors = error instanceof ApiProblem ? error.fieldErrors() : {};
  return (
    <form onSubmit={submit} noValidate className="stack">
      {error && !Object.keys(fieldErrors).length ? <ProblemNotice error={error} /> : null}
      <Field label={t('signIn.username')} required error={fieldErrors['/username']}>
        {(p) => (
          <input
            {...p}
            name="username"
            autoComplete="username"
            value={username}
            readOnly={fixedUsername !== undefined}
            onChange={(e) => setUsername(e.target.value)}
          />
        )}
      </Field>
      <Field label={t('signIn.password')} required error={fieldErrors['/password']}>
        {(p) => <input {...p} name="password" type="password" autoComplete="current-password" value={password} onChange={(e) => setPassword(e.target.value)} />}
      </Field>
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('signIn.submit')}
      </button>
    </form>
  );
}
