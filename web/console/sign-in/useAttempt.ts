import { useState } from 'react';
import type { Session } from '../../ui/api/types.js';

/**
 * One try at a sign-in step (a code, a passkey, an enrolment): busy while it runs, the refusal
 * kept to show beside the field, and the session it gave handed on.
 */
export function useAttempt(done: (session: Session) => void) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();

  async function attempt(call: () => Promise<{ body: Session }>) {
    setBusy(true);
    setError(undefined);
    try {
      done((await call()).body);
    } catch (err) {
      setError(err);
    } finally {
      setBusy(false);
    }
  }

  return { busy, error, setError, attempt };
}
