import { Suspense, useEffect, useLayoutEffect, useRef } from 'react';
import { setPurposeSource } from '../../ui/api/http.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import type { Locale } from '../../ui/i18n/locales.js';
import { Link, matchPath, navigate, useLocation } from '../../ui/router.js';
import { screenPurpose } from '../purposes.js';
import { routes } from '../routes.js';
import { can, useSession } from '../session.js';
import { LanguageMenu } from './LanguageMenu.js';

/** The frame of every page: skip link, navigation for the user's roles, language, sign-out. */
export function Shell({ onLanguage }: { onLanguage(locale: Locale): void }) {
  const { t } = useI18n();
  const { user, signOut } = useSession();
  const { path } = useLocation();
  const main = useRef<HTMLElement>(null);

  const allowed = routes.filter((r) => !r.permission || can(user, r.permission));
  const match = allowed.map((r) => ({ route: r, params: matchPath(r.pattern, path) })).find((m) => m.params);
  const home = allowed.find((r) => r.nav);

  // Read when each request is made, so a request names the screen it comes from. A layout effect
  // runs before any page's effects, and so before the first page's first request.
  useLayoutEffect(() => setPurposeSource(() => screenPurpose(location.pathname, user)), [user]);

  useEffect(() => {
    if (!match && path === '/' && home) navigate(home.pattern, { replace: true });
  }, [match, path, home]);

  useEffect(() => {
    document.title = match ? `${t(match.route.title)} · Homeward` : 'Homeward';
  }, [match, t]);

  // After navigating, focus goes to the page so keyboard and screen-reader users start there.
  const first = useRef(true);
  useEffect(() => {
    if (first.current) first.current = false;
    else main.current?.focus();
  }, [path]);

  const Page = match?.route.page;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('shell.skipToContent')}
      </a>
      <header className="shell__header">
        <span className="brand">Homeward</span>
        <nav aria-label={t('shell.navigation')}>
          <ul className="shell__nav">
            {allowed
              .filter((r) => r.nav)
              .map((r) => (
                <li key={r.pattern}>
                  <Link to={r.pattern} aria-current={match?.route === r ? 'page' : undefined}>
                    {t(r.title)}
                  </Link>
                </li>
              ))}
          </ul>
        </nav>
        <div className="shell__user">
          <LanguageMenu onChange={onLanguage} />
          <Link to="/account" className="shell__name" aria-label={t('account.link', { name: user.displayName })}>
            {user.displayName}
          </Link>
          <button type="button" className="button button--quiet" onClick={() => void signOut()}>
            {t('shell.signOut')}
          </button>
        </div>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="shell__main">
        <Suspense fallback={<p className="loading">{t('common.loading')}</p>}>
          {Page && match?.params ? <Page key={path} params={match.params} /> : <h1>{t('shell.notFound')}</h1>}
        </Suspense>
      </main>
    </>
  );
}
