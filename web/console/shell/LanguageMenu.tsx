import { LocaleSelect } from '../../ui/components/LocaleSelect.js';
import { useI18n } from '../../ui/i18n/i18n.js';
import type { Locale } from '../../ui/i18n/locales.js';

/** The four languages, each named in itself; the choice is kept for the signed-in user. */
export function LanguageMenu({ onChange }: { onChange(locale: Locale): void }) {
  const { t, locale } = useI18n();
  return (
    <label className="language-menu">
      <span className="visually-hidden">{t('shell.language')}</span>
      <LocaleSelect value={locale} onLocale={onChange} />
    </label>
  );
}
