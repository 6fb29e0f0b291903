import { createRoot } from 'react-dom/client';
import '../ui/styles/portal.css';
import { setRequestLanguage } from '../ui/api/http.js';
import { htmlLang, initialLocale } from '../ui/i18n/locales.js';
import { App } from './App.js';

const locale = initialLocale();
setRequestLanguage(locale);
document.documentElement.lang = htmlLang[locale];
// The service worker keeps the app itself on the device, so that it opens with no connection.
if ('serviceWorker' in navigator) void navigator.serviceWorker.register('/outreach/sw.js', { scope: '/outreach' });
createRoot(document.getElementById('root')!).render(<App locale={locale} />);
