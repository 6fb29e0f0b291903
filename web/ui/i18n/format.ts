import { intlTag, regionTimeZone, type Locale } from './locales.js';

/**
 * Dates and numbers in each locale's CLDR conventions (reference/locale_cldr48.json), formatted by
 * the browser's Intl. Instants are shown on the region's clock; birth dates, which are calendar
 * days rather than instants, are formatted as such and may be only a year or a year and month.
 */
export function createFormatters(locale: Locale) {
  const tag = intlTag[locale];
  const dateFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: regionTimeZone });
  const dateTimeFormat = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: regionTimeZone });
  const numberFormat = new Intl.NumberFormat(tag);
  const calendar = {
    year: new Intl.DateTimeFormat(tag, { year: 'numeric', timeZone: 'UTC' }),
    month: new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', timeZone: 'UTC' }),
    day: new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }),
  };
  return {
    date: (iso: string) => dateFormat.format(new Date(iso)),
    dateTime: (iso: string) => dateTimeFormat.format(new Date(iso)),
    number: (n: number) => numberFormat.format(n),
    /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', as much as is known. */
    partialDate(value: string | null): string {
      if (!value) return '';
      const [y, m, d] = value.split('-').map(Number);
      const at = new Date(Date.UTC(y!, (m ?? 1) - 1, d ?? 1));
      return (d ? calendar.day : m ? calendar.month : calendar.year).format(at);
    },
  };
}

export type Formatters = ReturnType<typeof createFormatters>;

/** Today as YYYY-MM-DD on the region's clock (the day a registration counts for). */
export function regionToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: regionTimeZone }).format(now);
}
