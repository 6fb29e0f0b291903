import { createContext, useContext } from 'react';
import az from '../ui/i18n/outreach-messages/az.js';
import en from '../ui/i18n/outreach-messages/en.js';
import hy from '../ui/i18n/outreach-messages/hy.js';
import ru from '../ui/i18n/outreach-messages/ru.js';
import type { Locale } from '../ui/i18n/locales.js';
import { translator } from '../ui/i18n/translate.js';

export type OutreachKey = keyof typeof en;

/** All four languages are in the app itself: it must switch language with no connection. */
const catalogues: Record<Locale, Record<OutreachKey, string>> = { az, hy, ru, en };

export interface OutreachI18n {
  locale: Locale;
  t(key: OutreachKey, values?: Record<string, string | number>): string;
}

export function outreachI18n(locale: Locale): OutreachI18n {
  return { locale, t: translator(locale, catalogues[locale]) };
}

export const I18n = createContext<OutreachI18n>(outreachI18n('en'));
export const useI18n = () => useContext(I18n);
