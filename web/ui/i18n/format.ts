import { cldrFacts, type CldrFacts } from './cldr-facts.js';
import { formatDecimal, formatPattern, partsIn } from './cldr-format.js';
import { intlTag, regionTimeZone, type Locale } from './locales.js';

/** Made on first use: building a formatter is costly (on a slow laptop, a tenth of the first screen's script time went to making all of them up front). */
function once<T>(make: () => T): () => T {
  let made: { value: T } | undefined;
  return () => (made ??= { value: make() }).value;
}

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
  const intlDate = once(() => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: regionTimeZone }));
  const intlDateTime = once(() => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeStyle: 'short', timeZone: regionTimeZone }));
  const intlNumber = once(() => new Intl.NumberFormat(tag));
  const intlDay = once(() => new Intl.DateTimeFormat(tag, { dateStyle: 'medium', timeZone: 'UTC' }));
  const intlMonth = once(() => new Intl.DateTimeFormat(tag, { year: 'numeric', month: 'long', timeZone: 'UTC' }));

  const datesFromCldr = once(() => (facts && intlDate().format(new Date(facts.samples.instant)) !== facts.samples.medium ? facts : undefined));
  const numbersFromCldr = once(() => (facts && intlNumber().format(1234567.891) !== facts.samples.number ? facts : undefined));
  const regionParts = once(() => partsIn(regionTimeZone));
  const utcParts = once(() => partsIn('UTC'));

  const date = (at: Date) => {
    const cldr = datesFromCldr();
    return cldr ? formatPattern(cldr.mediumDate, regionParts()(at), cldr) : intlDate().format(at);
  };
  return {
    date: (iso: string) => date(new Date(iso)),
    dateTime(iso: string) {
      const at = new Date(iso);
      const cldr = datesFromCldr();
      if (!cldr) return intlDateTime().format(at);
      return `${date(at)}, ${formatPattern(cldr.shortTime, regionParts()(at), cldr)}`;
    },
    number(n: number) {
      const cldr = numbersFromCldr();
      return cldr ? formatDecimal(n, cldr) : intlNumber().format(n);
    },
    /** 'YYYY', 'YYYY-MM' or 'YYYY-MM-DD', as much as is known. */
    partialDate(value: string | null): string {
      if (!value) return '';
      const [y, m, d] = value.split('-').map(Number);
      if (!m) return String(y);
      const at = new Date(Date.UTC(y!, m - 1, d ?? 1));
      const cldr = datesFromCldr();
      if (cldr) return d ? formatPattern(cldr.mediumDate, utcParts()(at), cldr) : formatPattern('LLLL y', utcParts()(at), cldr);
      return (d ? intlDay() : intlMonth()).format(at);
    },
  };
}

export type Formatters = ReturnType<typeof createFormatters>;

/** Today as YYYY-MM-DD on the region's clock (the day a registration counts for). */
export function regionToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: regionTimeZone }).format(now);
}
