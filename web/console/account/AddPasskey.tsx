import { useState, type FormEvent } from 'react';
import { ApiProblem } from '../../ui/api/problem.js';
import { Field } from '../../ui/components/Field.js';
import { ProblemNotice } from '../../ui/components/ProblemNotice.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import { enrolPasskey } from '../sign-in/passkeys.js';

/** The browser's WebAuthn prompt was closed or timed out: the user's choice, not a fault. */
const declined = (e: unknown) => e instanceof Error && (e.name === 'NotAllowedError' || e.name === 'AbortError');

/**
 * Another passkey (this computer, a phone, a security key), named so the user can tell their
 * factors apart and remove the right one later; the browser's own prompt does the rest.
 */
export function AddPasskey({ onAdded }: { onAdded(): void }) {
  const { t } = useI18n();
  const [naming, setNaming] = useState(false);
  const [label, setLabel] = useState('');
  const [error, setError] = useState<unknown>();
  const [busy, setBusy] = useState(false);

  async function create(e: FormEvent) {
    e.preventDefault();
    setError(undefined);
    setBusy(true);
    try {
      await enrolPasskey(label.trim());
      setNaming(false);
      setLabel('');
      onAdded();
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  if (!naming) {
    return (
      <button type="button" className="button" onClick={() => setNaming(true)}>
        {t('account.addPasskey')}
      </button>
    );
  }
  const fieldErrors = error instanceof ApiProblem ? error.fieldErrors() : {};
  // The browser's refusal and a credential the server would not take both belong to the passkey being named.
  const atName = fieldErrors['/label'] ?? fieldErrors['/credential'] ?? (declined(error) ? t('account.addPasskey.declined') : undefined);
  return (
    <form onSubmit={create} noValidate>
      {error && !atName ? <ProblemNotice error={error} /> : null}
      <Field label={t('account.addPasskey.name')} error={atName} hint={t('account.addPasskey.hint')}>
        {(p) => <input {...p} autoFocus autoComplete="off" maxLength={60} value={label} onChange={(e) => setLabel(e.target.value)} />}
      </Field>
      <div className="actions">
        <button type="submit" className="button button--primary" disabled={busy}>
          {t('account.addPasskey.create')}
        </button>
        <button type="button" className="button button--quiet" onClick={() => (setNaming(false), setError(undefined))}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
