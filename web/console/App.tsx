import { useCallback, useEffect, useMemo, useState } from 'react';
import { session } from '../ui/api/endpoints.js';
import { onSessionLost, setRequestLanguage } from '../ui/api/http.js';
import type { Session, UserView } from '../ui/api/types.js';
import { I18nProvider, loadI18n, type I18n } from '../ui/i18n/i18n.js';
import { htmlLang, rememberLocale, type Locale } from '../ui/i18n/locales.js';
import { SessionContext, type SessionState } from './session.js';
import { Shell } from './shell/Shell.js';
import { SignInPage } from './sign-in/SignInPage.js';
import { SessionExpiredDialog } from './sign-in/SessionExpiredDialog.js';

/** `halfSignedIn`: a session that has the password but not yet the second factor, resumed at its step. */
export function App({ initialI18n, initialUser, halfSignedIn }: { initialI18n: I18n; initialUser: UserView | null; halfSignedIn?: Session }) {
  const [i18n, setI18n] = useState(initialI18n);
  const [user, setUser] = useState(initialUser);
  const [expired, setExpired] = useState(false);

  const switchLanguage = useCallback(async (locale: Locale) => {
    const next = await loadI18n(locale);
    setRequestLanguage(locale);
    rememberLocale(locale);
    document.documentElement.lang = htmlLang[locale];
    setI18n(next);
  }, []);

  useEffect(() => onSessionLost(() => setExpired(true)), []);

  const signedIn = useCallback(
    async (u: UserView) => {
      if (u.language !== i18n.locale) await switchLanguage(u.language);
      setUser(u);
      setExpired(false);
    },
    [i18n.locale, switchLanguage],
  );

  const state = useMemo<SessionState | null>(
    () =>
      user && {
        user,
        expired,
        async signOut() {
          await session.signOut().catch(() => undefined);
          setUser(null);
          setExpired(false);
        },
      },
    [user, expired],
  );

  async function chooseLanguage(locale: Locale) {
    await switchLanguage(locale);
    if (user) setUser((await session.setLanguage(locale)).body);
  }

  return (
    <I18nProvider value={i18n}>
      {state ? (
        <SessionContext.Provider value={state}>
          <Shell onLanguage={chooseLanguage} />
          {expired ? <SessionExpiredDialog username={state.user.username} onSignedIn={signedIn} /> : null}
        </SessionContext.Provider>
      ) : (
        <SignInPage onSignedIn={signedIn} onLanguage={switchLanguage} {...(halfSignedIn ? { resume: halfSignedIn } : {})} />
      )}
    </I18nProvider>
  );
}
