/**
 * The four languages Homeward speaks. Azerbaijani is written in Latin script (az-Latn); the
 * language tag used for formatting carries the region so that CLDR picks the right conventions.
 */
export const locales = ['az', 'hy', 'ru', 'en'] as const;
export type Locale = (typeof locales)[number];

export const intlTag: Record<Locale, string> = {
  az: 'az-Latn-AZ',
  hy: 'hy-AM',
  ru: 'ru-RU',
  en: 'en-GB',
};

/**
 * The cookie in which a browser remembers its language (beside its local storage), so that the
 * server can send with a page the one language catalogue it will need, not all four.
 */
export const languageCookie = 'homeward_language';

export const isLocale = (v: unknown): v is Locale => typeof v === 'string' && (locales as readonly string[]).includes(v);

/** Picks the best of our locales from an Accept-Language header (RFC 9110 q-values). */
export function negotiateLocale(acceptLanguage: string | undefined, fallback: Locale = 'en'): Locale {
  return requestedLocale(acceptLanguage) ?? fallback;
}

/** The best of our locales an Accept-Language header asks for; undefined when it names none of them ("*" included). */
export function requestedLocale(acceptLanguage: string | undefined): Locale | undefined {
  if (!acceptLanguage) return undefined;
  const ranked = acceptLanguage
    .split(',')
    .map((part) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
      return { tag: tag.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((r) => r.q > 0)
    .sort((a, b) => b.q - a.q);
  for (const { tag } of ranked) {
    const primary = tag.split('-')[0];
    if (isLocale(primary)) return primary;
  }
  return undefined;
}
