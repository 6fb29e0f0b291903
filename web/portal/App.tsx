import { lazy, Suspense, useEffect, useRef, useState, type ReactElement } from 'react';
import { setRequestLanguage } from '../ui/api/http.js';
import { htmlLang, rememberLocale, type Locale } from '../ui/i18n/locales.js';
import { LocaleSelect } from '../ui/components/LocaleSelect.js';
import { Home } from './Home.js';
import { I18n, loadPortalI18n, type PortalI18n } from './i18n.js';
import { follow, usePath } from './router.js';

// Only the first screen is in the entry; each task is fetched when the resident starts it.
const ApplyPage = lazy(() => import('./apply/ApplyPage.js'));
const ReceiptPage = lazy(() => import('./apply/ReceiptPage.js'));
const FollowPage = lazy(() => import('./follow/FollowPage.js'));
const VerifyPage = lazy(() => import('./verify/VerifyPage.js'));
const MyDataPage = lazy(() => import('./rights/MyDataPage.js'));

const pages: Record<string, () => ReactElement> = {
  '/portal/apply': () => <ApplyPage />,
  '/portal/receipt': () => <ReceiptPage />,
  '/portal/follow': () => <FollowPage />,
  '/portal/verify': () => <VerifyPage />,
  '/portal/my-data': () => <MyDataPage />,
};

export function App({ initial }: { initial: PortalI18n }) {
  const [i18n, setI18n] = useState(initial);
  const path = usePath().replace(/\/$/, '');
  const main = useRef<HTMLElement>(null);
  const first = useRef(true);

  // After moving to another page, put the keyboard and screen reader at its start, once its
  // code has arrived (pages are fetched on demand, and a 2G link takes a while).
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    let frame = 0;
    const focusHeading = (tries: number) => {
      const heading = main.current?.querySelector('h1');
      if (heading) heading.focus();
      else if (tries > 0) frame = requestAnimationFrame(() => focusHeading(tries - 1));
    };
    focusHeading(600);
    return () => cancelAnimationFrame(frame);
  }, [path]);

  async function choose(locale: Locale) {
    const next = await loadPortalI18n(locale);
    rememberLocale(locale);
    setRequestLanguage(locale);
    document.documentElement.lang = htmlLang[locale];
    setI18n(next);
  }

  const page = pages[path];
  return (
    <I18n.Provider value={i18n}>
      <header className="bar">
        <a href="/portal" className="brand" onClick={(e) => follow(e, '/portal')}>
          Homeward
        </a>
        <label className="lang">
          <span>{i18n.t('lang.label')}</span>
          <LocaleSelect value={i18n.locale} onLocale={(l) => void choose(l)} />
        </label>
      </header>
      <main ref={main} id="main">
        <Suspense fallback={<p className="loading" aria-busy="true">…</p>}>{page ? page() : <Home />}</Suspense>
      </main>
    </I18n.Provider>
  );
}
