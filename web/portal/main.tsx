import { createRoot } from 'react-dom/client';
import '../ui/styles/portal.css';
import { setRequestLanguage } from '../ui/api/http.js';
import { htmlLang, initialLocale } from '../ui/i18n/locales.js';
import { App } from './App.js';
import { loadPortalI18n } from './i18n.js';

const locale = initialLocale();
setRequestLanguage(locale);
document.documentElement.lang = htmlLang[locale];
createRoot(document.getElementById('root')!).render(<App initial={await loadPortalI18n(locale)} />);
