import { useState, type FormEvent } from 'react';
import { session as sessionApi } from '../../ui/api/endpoints.js';
import { ApiProblem } from '../../ui/api/problem.js';
import { Field } from '../../ui/components/Field.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { signInWithPasskey } from './passkeys.js';
import type { SignInStepProps } from './step-props.js';
import { useAttempt } from './useAttempt.js';

type Method = 'totp' | 'recovery-code';

/**
 * The second step of every sign-in: a code from the authenticator app, a passkey, or (phone lost)
 * a one-time recovery code. Only the ways this user has set up are offered.
 */
export function SecondFactorStep({ session, done }: SignInStepProps) {
  const { t } = useI18n();
  const [method, setMethod] = useState<Method>(session.methods.includes('totp') ? 'totp' : 'recovery-code');
  const [code, setCode] = useState('');
  const { busy, error, setError, attempt } = useAttempt(done);

  function submit(e: FormEvent) {
    e.preventDefault();
    const typed = code.replace(/\s+/g, '');
    void attempt(() => (method === 'totp' ? sessionApi.totp(typed) : sessionApi.recoveryCode(typed)));
  }

  function switchTo(next: Method) {
    setMethod(next);
    setCode('');
    setError(undefined);
  }

  const fieldErrors = error instanceof ApiProblem ? error.fieldErrors() : {};
  return (
    <form onSubmit={submit} noValidate className="stack">
      <h2>{t('signIn.secondFactor.title')}</h2>
      <p>{t(method === 'totp' ? 'signIn.secondFactor.explainApp' : 'signIn.secondFactor.explainRecovery')}</p>
      {error && !fieldErrors['/code'] ? <ProblemNotice error={error} /> : null}
      <Field label={t(method === 'totp' ? 'signIn.code' : 'signIn.recoveryCode')} required error={fieldErrors['/code']}>
        {(p) => (
          <input
            {...p}
            name="code"
            autoComplete="one-time-code"
            inputMode={method === 'totp' ? 'numeric' : 'text'}
            autoFocus
            value={code}
            onChange={(e) => setCode(e.target.value)}
          />
        )}
      </Field>
      <button type="submit" className="button button--primary" disabled={busy}>
        {t('signIn.secondFactor.submit')}
      </button>
      <div className="actions">
        {session.methods.includes('passkey') ? (
          <button type="button" className="button" disabled={busy} onClick={() => void attempt(signInWithPasskey)}>
            {t('signIn.usePasskey')}
          </button>
        ) : null}
        {method === 'totp' ? (
          <button type="button" className="button button--link" onClick={() => switchTo('recovery-code')}>
            {t('signIn.useRecoveryCode')}
          </button>
        ) : session.methods.includes('totp') ? (
          <button type="button" className="button button--link" onClick={() => switchTo('totp')}>
            {t('signIn.useApp')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
