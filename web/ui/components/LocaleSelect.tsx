import type { SelectHTMLAttributes } from 'react';
import { htmlLang, isLocale, locales, nativeName, type Locale } from '../i18n/locales.js';

/** A choice among the four languages, each named in itself (and marked with its own lang). */
export function LocaleSelect({ value, onLocale, ...rest }: { value: Locale; onLocale(locale: Locale): void } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'value' | 'onChange'>) {
  return (
    <select {...rest} value={value} onChange={(e) => isLocale(e.target.value) && onLocale(e.target.value)}>
      {locales.map((l) => (
        <option key={l} value={l} lang={htmlLang[l]}>
          {nativeName[l]}
        </option>
      ))}
    </select>
  );
}
