import { createContext, useContext, type ReactNode } from 'react';
import { loadCatalogue } from './catalogues.js';
import { createFormatters, type Formatters } from './format.js';
import type { Locale } from './locales.js';
import type { MessageKey, Messages } from './message-keys.js';
import { translator, type MessageValues } from './translate.js';

export type { MessageKey, Messages };
export type { MessageValues };

export interface I18n extends Formatters {
  locale: Locale;
  t(key: MessageKey, values?: MessageValues): string;
}

export function createI18n(locale: Locale, messages: Messages): I18n {
  return { locale, t: translator(locale, messages), ...createFormatters(locale) };
}

export async function loadI18n(locale: Locale): Promise<I18n> {
  return createI18n(locale, await loadCatalogue(locale));
}

const I18nContext = createContext<I18n | null>(null);

export function I18nProvider({ value, children }: { value: I18n; children: ReactNode }) {
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const i18n = useContext(I18nContext);
  if (!i18n) throw new Error('useI18n outside I18nProvider');
  return i18n;
}
