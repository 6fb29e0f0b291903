import { IntlMessageFormat } from 'intl-messageformat';
import { createContext, useContext } from 'react';
import az from '../ui/i18n/outreach-messages/az.js';
import en from '../ui/i18n/outreach-messages/en.js';
import hy from '../ui/i18n/outreach-messages/hy.js';
import ru from '../ui/i18n/outreach-messages/ru.js';
import { intlTag, type Locale } from '../ui/i18n/locales.js';

export type OutreachKey = keyof typeof en;

/** All four languages are in the app itself: it must switch language with no connection. */
const catalogues: Record<Locale, Record<OutreachKey, string>> = { az, hy, ru, en };

export interface OutreachI18n {
  locale: Locale;
  t(key: OutreachKey, values?: Record<string, string | number>): string;
}

export function outreachI18n(locale: Locale): OutreachI18n {
  const compiled = new Map<OutreachKey, IntlMessageFormat>();
  return {
    locale,
    t(key, values) {
      let format = compiled.get(key);
      if (!format) compiled.set(key, (format = new IntlMessageFormat(catalogues[locale][key], intlTag[locale])));
      return String(format.format(values));
    },
  };
}

export const I18n = createContext<OutreachI18n>(outreachI18n('en'));
export const useI18n = () => useContext(I18n);
