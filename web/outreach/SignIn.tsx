import { useState } from 'react';
import { request } from '../ui/api/http.js';
import { ApiProblem } from '../ui/api/problem.js';
import type { Session } from './session.js';
import { deviceKey, deviceMeta, unlockDevice } from './device/device.js';
import { downloadHints } from './device/hints.js';
import { useI18n } from './i18n.js';

interface OutreachEvent {
  id: string;
  code: string;
}

/**
 * The outreach app's own sign-in: password, then the authenticator code, then this device is
 * enrolled (first time) or unlocked, and takes the office's duplicate hints along.
 */
export function SignIn({ onReady }: { onReady(s: Session): void }) {
  const { t } = useI18n();
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [events, setEvents] = useState<OutreachEvent[] | null>(null);
  const [username, setUsername] = useState('');

  async function finish(name: string, eventId: string | undefined) {
    const meta = await unlockDevice(name, eventId);
    await downloadHints(meta.id).catch(() => undefined);
    onReady({ meta, key: (await deviceKey())! });
  }

  async function submit(form: FormData) {
    setError(null);
    if (!navigator.onLine) return setError(t('signin.offline'));
    setBusy(true);
    try {
      if (events) return await finish(username, String(form.get('event')));
      const name = String(form.get('username'));
      const first = await request<{ stage: string }>('POST', '/api/session', { body: { username: name, password: form.get('password') } });
      if (first.body.stage === 'enrol') return setError(t('signin.enrol'));
      if (first.body.stage !== 'ready') {
        const second = await request<{ stage: string }>('POST', '/api/session/totp', { body: { code: form.get('code') } });
        if (second.body.stage !== 'ready') return setError(t('signin.failed'));
      }
      setUsername(name);
      const known = await deviceMeta();
      if (known?.username === name) return await finish(name, undefined);
      const { body } = await request<OutreachEvent[]>('GET', '/api/outreach-events');
      if (body.length === 1) return await finish(name, body[0]!.id);
      setEvents(body);
    } catch (e) {
      setError(e instanceof ApiProblem && e.status < 500 ? t('signin.failed') : t('signin.offline'));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form
      className="card"
      onSubmit={(e) => {
        e.preventDefault();
        void submit(new FormData(e.currentTarget));
      }}
    >
      <h1>{t('signin.title')}</h1>
      {events ? (
        <label>
          {t('signin.event')}
          <select name="event">
            {events.map((e) => (
              <option key={e.id} value={e.id}>
                {e.code}
              </option>
            ))}
          </select>
        </label>
      ) : (
        <>
          <label>
            {t('signin.username')}
            <input name="username" autoComplete="username" required />
          </label>
          <label>
            {t('signin.password')}
            <input name="password" type="password" autoComplete="current-password" required />
          </label>
          <label>
            {t('signin.code')}
            <input name="code" inputMode="numeric" autoComplete="one-time-code" pattern="[0-9]{6}" required />
          </label>
        </>
      )}
      {error && <p role="alert">{error}</p>}
      <button type="submit" disabled={busy}>
        {t('signin.submit')}
      </button>
    </form>
  );
}
