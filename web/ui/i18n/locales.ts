import { intlTag, isLocale, languageCookie, locales, type Locale } from '../../../src/platform/i18n/locale.js';

export { intlTag, isLocale, locales, type Locale };

/** The region's clock: staff in every office read times as the region lives them. */
export const regionTimeZone = 'Asia/Baku';

/** The value of <html lang>: the script matters for Azerbaijani (Latin, not Cyrillic). */
export const htmlLang: Record<Locale, string> = { az: 'az-Latn', hy: 'hy', ru: 'ru', en: 'en' };

/** Each language named in itself, for the language menu. */
export const nativeName: Record<Locale, string> = { az: 'Azərbaycanca', hy: 'Հայերեն', ru: 'Русский', en: 'English' };

const storedKey = 'homeward.language';

/** The language to start in before anyone signs in: the last one used here, else the browser's. */
export function initialLocale(): Locale {
  const stored = localStorage.getItem(storedKey);
  if (isLocale(stored)) return stored;
  for (const tag of navigator.languages ?? []) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return 'az';
}

export function rememberLocale(locale: Locale) {
  localStorage.setItem(storedKey, locale);
  document.cookie = `${languageCookie}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax`;
}
