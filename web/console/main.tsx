import { createRoot } from 'react-dom/client';
import '../ui/styles/fonts.css';
import '../ui/styles/console.css';
import { session } from '../ui/api/endpoints.js';
import { setRequestLanguage } from '../ui/api/http.js';
import { loadI18n } from '../ui/i18n/i18n.js';
import { htmlLang, initialLocale, rememberLocale } from '../ui/i18n/locales.js';
import { App } from './App.js';
import { prefetchWorklist } from './worklists/prefetch.js';

/**
 * Start-up does its waiting in parallel: the session, the language catalogue and (on the home
 * page) the worklist's first rows are all requested at once, so a slow link pays one round trip, not three.
 */
const locale = initialLocale();
setRequestLanguage(locale);
const current = session.current().then(
  (r) => r.body,
  () => null,
);
if (location.pathname === '/') prefetchWorklist(new URLSearchParams(location.search));

const [i18n, found] = await Promise.all([loadI18n(locale), current]);
const user = found?.stage === 'ready' ? found.user : null;
const signedIn = user && user.language !== locale ? await loadI18n(user.language) : i18n;
document.documentElement.lang = htmlLang[signedIn.locale];
setRequestLanguage(signedIn.locale);
// Also tells the server which catalogue to send with the page next time.
rememberLocale(signedIn.locale);
createRoot(document.getElementById('root')!).render(<App initialI18n={signedIn} initialUser={user} {...(found && !user ? { halfSignedIn: found } : {})} />);
