import { createContext, useContext } from 'react';
import type en from '../ui/i18n/portal-messages/en.js';
import { createFormatters, type Formatters } from '../ui/i18n/format.js';
import type { Locale } from '../ui/i18n/locales.js';
import { translator } from '../ui/i18n/translate.js';

export type PortalKey = keyof typeof en;
type Catalogue = Record<PortalKey, string>;

/** One chunk per language: a resident downloads only the words of the language they read. */
const catalogues: Record<Locale, () => Promise<{ default: Catalogue }>> = {
  az: () => import('../ui/i18n/portal-messages/az.js'),
  hy: () => import('../ui/i18n/portal-messages/hy.js'),
  ru: () => import('../ui/i18n/portal-messages/ru.js'),
  en: () => import('../ui/i18n/portal-messages/en.js'),
};

export interface PortalI18n extends Formatters {
  locale: Locale;
  t(key: PortalKey, values?: Record<string, string | number>): string;
}

export async function loadPortalI18n(locale: Locale): Promise<PortalI18n> {
  const messages = (await catalogues[locale]()).default;
  return { locale, t: translator(locale, messages), ...createFormatters(locale) };
}

export const I18n = createContext<PortalI18n | null>(null);

export function useI18n(): PortalI18n {
  const i18n = useContext(I18n);
  if (!i18n) throw new Error('useI18n outside the portal');
  return i18n;
}
