import { IntlMessageFormat } from 'intl-messageformat';
import { intlTag, locales, type Locale } from './locale.js';

/** A message catalogue: for every key, an ICU MessageFormat string in each of the four languages. */
export type Catalogue<K extends string> = Record<K, Record<Locale, string>>;

/**
 * Formats catalogue messages, compiling each ICU string once. A missing key is a programming
 * error caught by the catalogue tests, so at run time it falls back to the key itself rather
 * than failing a request.
 */
export function createTranslator<K extends string>(catalogue: Catalogue<K>) {
  const compiled = new Map<string, IntlMessageFormat>();
  return function t(locale: Locale, key: K, params: Record<string, unknown> = {}): string {
    const cacheKey = `${locale}\u0000${key}`;
    let format = compiled.get(cacheKey);
    if (!format) {
      const source = catalogue[key]?.[locale];
      if (source === undefined) return key;
      format = new IntlMessageFormat(source, intlTag[locale]);
      compiled.set(cacheKey, format);
    }
    return String(format.format(params as Record<string, string | number>));
  };
}

/** Keys whose message is missing or empty in some language: the catalogue tests assert none. */
export function missingTranslations(catalogue: Catalogue<string>): string[] {
  const missing: string[] = [];
  for (const [key, byLocale] of Object.entries(catalogue)) {
    for (const locale of locales) if (!byLocale[locale]?.trim()) missing.push(`${key}:${locale}`);
  }
  return missing;
}
