import { useCallback, useEffect, useRef, useState } from 'react';
import { request, setRequestLanguage } from '../ui/api/http.js';
import { htmlLang, rememberLocale, type Locale } from '../ui/i18n/locales.js';
import { LocaleSelect } from '../ui/components/LocaleSelect.js';
import { deviceKey, deviceMeta, mustWipe, wipeDevice } from './device/device.js';
import { forgetHints } from './device/hints.js';
import { forgetOpened, items } from './device/outbox.js';
import { photos } from './device/photos.js';
import { syncOutbox } from './device/sync.js';
import { I18n, outreachI18n, type OutreachKey } from './i18n.js';
import { OutboxPage } from './OutboxPage.js';
import { RegisterPage } from './RegisterPage.js';
import { SignIn } from './SignIn.js';
import type { Session } from './session.js';
import { VisitPage } from './VisitPage.js';

type Tab = 'register' | 'outbox' | 'visit';

function useOnline() {
  const [online, setOnline] = useState(navigator.onLine);
  useEffect(() => {
    const on = () => setOnline(true);
    const off = () => setOnline(false);
    addEventListener('online', on);
    addEventListener('offline', off);
    return () => {
      removeEventListener('online', on);
      removeEventListener('offline', off);
    };
  }, []);
  return online;
}

/**
 * The outreach app: sign in once online, then register and correct with or without a
 * connection. The outbox is sent whenever the device is online; the device erases itself when
 * the worker signs out, when a supervisor wiped it, and after too long without the server.
 */
export function App({ locale: initial }: { locale: Locale }) {
  const [i18n, setI18n] = useState(() => outreachI18n(initial));
  const [session, setSession] = useState<Session | null | undefined>(undefined);
  const [notice, setNotice] = useState<string | null>(null);
  const [tab, setTab] = useState<Tab>('register');
  const [version, setVersion] = useState(0);
  // The session ended (expired, or the browser was closed) while the device keeps its data: sign in again to send.
  const [signedOut, setSignedOut] = useState(false);
  const online = useOnline();
  const refresh = useCallback(() => setVersion((v) => v + 1), []);

  const wipe = useCallback(
    async (why: 'offline-too-long' | 'remote-wipe' | 'signed-out', hours = 72) => {
      await wipeDevice();
      forgetHints();
      forgetOpened();
      setSession(null);
      setNotice(i18n.t(`wiped.${why}` as OutreachKey, { hours }));
    },
    [i18n],
  );

  const check = useCallback(async () => {
    const why = await mustWipe(navigator.onLine);
    if (why) {
      await wipe(why, (await deviceMeta())?.maxOfflineHours ?? 72);
      return false;
    }
    return true;
  }, [wipe]);

  useEffect(() => {
    void (async () => {
      if (!(await check())) return;
      const [meta, key] = await Promise.all([deviceMeta(), deviceKey()]);
      setSession(meta && key ? { meta, key } : null);
    })();
  }, [check]);

  const failedSends = useRef(0);
  const send = useCallback(async () => {
    if (!session || !navigator.onLine) return;
    const stop = await syncOutbox(session.key, refresh);
    if (stop === 'wiped') await wipe('remote-wipe');
    setSignedOut(stop === 'signed-out');
    refresh();
    // A link that has just come back often fails its first requests: try again within seconds
    // (2, 4, 8, 16 s) rather than leave the outbox waiting for the next 30-second round.
    if (stop !== 'offline' || !navigator.onLine) failedSends.current = 0;
    else if (failedSends.current < 4) setTimeout(() => void send(), 2000 * 2 ** failedSends.current++);
  }, [session, refresh, wipe]);

  // Online: send now, and keep sending and asking whether the device was wiped.
  useEffect(() => {
    if (!session) return;
    if (online) void send();
    const timer = setInterval(async () => {
      if ((await check()) && online) await send();
    }, 30_000);
    return () => clearInterval(timer);
  }, [session, online, send, check]);

  async function choose(locale: Locale) {
    rememberLocale(locale);
    setRequestLanguage(locale);
    document.documentElement.lang = htmlLang[locale];
    setI18n(outreachI18n(locale));
  }

  async function signOut() {
    // A photo not yet sent is lost with the rest: it counts as an item of its own here.
    const pending = [...(await items()), ...(await photos())].filter((i) => i.state !== 'sent').length;
    if (pending && !confirm(i18n.t('signout.confirm', { count: pending }))) return;
    await request('DELETE', '/api/session').catch(() => undefined);
    await wipe('signed-out');
  }

  const { t } = i18n;
  return (
    <I18n.Provider value={i18n}>
      <header className="bar">
        <span className="brand">{t('app.title')}</span>
        <span role="status" data-online={online}>
          {online ? t('status.online') : t('status.offline')}
        </span>
        <label className="lang">
          <span>{t('lang.label')}</span>
          <LocaleSelect value={i18n.locale} onLocale={(l) => void choose(l)} />
        </label>
      </header>
      <main id="main">
        {notice && <p className="notice">{notice}</p>}
        {session === null && (
          <SignIn
            onReady={(s) => {
              setNotice(null);
              setSession(s);
            }}
          />
        )}
        {session && signedOut && online && (
          <SignIn
            onReady={(s) => {
              setSignedOut(false);
              setSession(s);
            }}
          />
        )}
        {session && (
          <>
            <nav className="tabs">
              {(['register', 'outbox', 'visit'] as const).map((name) => (
                <button key={name} type="button" aria-pressed={tab === name} onClick={() => setTab(name)}>
                  {t(`nav.${name}`)}
                </button>
              ))}
              <button type="button" onClick={() => void signOut()}>
                {t('nav.signout')}
              </button>
            </nav>
            {tab === 'register' && <RegisterPage session={session} onSaved={() => void send()} />}
            {tab === 'outbox' && <OutboxPage session={session} version={version} onSend={() => void send()} />}
            {tab === 'visit' && <VisitPage session={session} online={online} onSaved={() => void send()} />}
          </>
        )}
      </main>
    </I18n.Provider>
  );
}
