import { useEffect, useState } from 'react';
import type en from '../../ui/i18n/portal-rights-messages/en.js';
import type { Locale } from '../../ui/i18n/locales.js';
import { translator } from '../../ui/i18n/translate.js';

export type RightsKey = keyof typeof en;
type Catalogue = Record<RightsKey, string>;

/** The page's words come with the page: the first screen's catalogues stay as small as they were. */
const catalogues: Record<Locale, () => Promise<{ default: Catalogue }>> = {
  az: () => import('../../ui/i18n/portal-rights-messages/az.js'),
  hy: () => import('../../ui/i18n/portal-rights-messages/hy.js'),
  ru: () => import('../../ui/i18n/portal-rights-messages/ru.js'),
  en: () => import('../../ui/i18n/portal-rights-messages/en.js'),
};

export type RightsText = (key: RightsKey, values?: Record<string, string | number>) => string;

/** The "My data" page's translator in the resident's language, once its catalogue has arrived. */
export function useRightsText(locale: Locale): RightsText | null {
  const [text, setText] = useState<{ locale: Locale; r: RightsText } | null>(null);
  useEffect(() => {
    let current = true;
    void catalogues[locale]().then(({ default: messages }) => {
      if (current) setText({ locale, r: translator(locale, messages) });
    });
    return () => {
      current = false;
    };
  }, [locale]);
  return text?.locale === locale ? text.r : null;
}
