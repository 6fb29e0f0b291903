import { cldrFacts, type CldrFacts } from './cldr-facts.js';
import { formatDecimal, formatPattern, partsIn } from './cldr-format.js';
import { intlTag, regionTimeZone, type Locale } from './locales.js';

/**
 * Dates and numbers in each locale's CLDR conventions. The browser's Intl formats them when it
 * knows the locale; when it gets a locale's CLDR sample wrong (Chrome's ICU has no Armenian and
 * only part of Azerbaijani), the CLDR facts shipped with the console are used instead. Instants
 * are shown on the region's clock; birth dates, calendar days not instants, may be only a year or
 * a year and month.
 */
export function createFormatters(locale: Locale) {
  const tag = intlTag[locale];
  const facts: CldrFacts | undefined = locale === 'az' || locale === 'hy' ? cldrFacts[locale] : undefined;
  const intlDate = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: regionTimeZone });
  const intlDateTime = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: regionTimeZone });
  const intlNumber = new Intl.NumberFormat(tag);
  const intlDay = new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' });
  const intlMonth = new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', timeZone: 'UTC' });

  const datesFromCldr = facts && intlDate.format(new Date(facts.samples.instant)) !== facts.samples.medium ? facts : undefined;
  const numbersFromCldr = facts && intlNumber.format(1234567.891) !== facts.samples.number ? facts : undefined;
  const regionParts = partsIn(regionTimeZone);
  const utcParts = partsIn('UTC');

  const date = (at: Date) => (datesFromCldr ? formatPattern(datesFromCldr.mediumDate, regionParts(at), datesFromCldr) : intlDate.format(at));
  return {
    date: (iso: string) => date(new Date(iso)),
    dateTime(iso: string) {
      const at = new Date(iso);
      if (!datesFromCldr) return intlDateTime.format(at);
      return `${date(at)}, ${formatPattern(datesFromCldr.shortTime, regionParts(at), datesFromCldr)}`;
    },
    number: (n: number) => (numbersFromCldr ? formatDecimal(n, numbersFromCldr) : intlNumber.format(n)),
    /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', as much as is known. */
    partialDate(value: string | null): string {
      if (!value) return '';
      const [y, m, d] = value.split('-').map(Number);
      if (!m) return String(y);
      const at = new Date(Date.UTC(y!, m - 1, d ?? 1));
      if (datesFromCldr) return d ? formatPattern(datesFromCldr.mediumDate, utcParts(at), datesFromCldr) : formatPattern('LLLL y', utcParts(at), datesFromCldr);
      return (d ? intlDay : intlMonth).format(at);
    },
  };
}

export type Formatters = ReturnType<typeof createFormatters>;

/** Today as YYYY-MM-DD on the region's clock (the day a registration counts for). */
export function regionToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: regionTimeZone }).format(now);
}
