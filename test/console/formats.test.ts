import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { cldrFacts } from '../../web/ui/i18n/cldr-facts.js';
import { formatDecimal, formatPattern, partsIn } from '../../web/ui/i18n/cldr-format.js';
import { createFormatters } from '../../web/ui/i18n/format.js';
import { locales } from '../../web/ui/i18n/locales.js';

interface Facts {
  date_formats: { medium: string };
  time_formats: { short: string };
  months_format_abbr: string[];
  months_standalone_wide: string[];
  number_symbols: { decimal: string; group: string };
  minimum_grouping_digits: string;
  intl_samples: Samples;
}

interface Samples {
  locale: string;
  sample_instant_utc: string;
  medium: string;
  number: string;
}
const cldr = JSON.parse(fs.readFileSync('reference/locale_cldr48.json', 'utf8')) as { locales: Record<string, Facts> };

/** The console formats with Intl; these are the CLDR 48 facts it must reproduce in each language. */
describe.each(locales)('formats in %s follow CLDR', (locale) => {
  const samples = cldr.locales[locale]!.intl_samples;
  const format = createFormatters(locale);

  it('writes dates on the region clock in the medium style', () => {
    expect(format.date(samples.sample_instant_utc)).toBe(samples.medium);
  });

  it('groups and separates numbers', () => {
    expect(format.number(1234567.891)).toBe(samples.number);
  });

  it('writes a partial birth date with only what is known', () => {
    expect(format.partialDate('1961')).toMatch(/^1961/);
    expect(format.partialDate('1961-03')).toMatch(/1961/);
    expect(format.partialDate('2023-09-28')).toBe(samples.medium);
  });
});

/** Where the browser lacks a locale (Chrome has no Armenian), the console formats from shipped CLDR facts. */
describe.each(['az', 'hy'] as const)('the shipped CLDR facts for %s', (locale) => {
  const reference = cldr.locales[locale]!;
  const facts = cldrFacts[locale];

  it('are the reference facts', () => {
    expect(facts).toEqual({
      mediumDate: reference.date_formats.medium,
      shortTime: reference.time_formats.short,
      monthsAbbr: reference.months_format_abbr,
      monthsStandaloneWide: reference.months_standalone_wide,
      decimal: reference.number_symbols.decimal,
      group: reference.number_symbols.group,
      minimumGroupingDigits: Number(reference.minimum_grouping_digits),
      samples: { instant: reference.intl_samples.sample_instant_utc, medium: reference.intl_samples.medium, number: reference.intl_samples.number },
    });
  });

  it('format the CLDR samples without Intl locale data', () => {
    const parts = partsIn('Asia/Baku')(new Date(facts.samples.instant));
    expect(formatPattern(facts.mediumDate, parts, facts)).toBe(facts.samples.medium);
    expect(formatDecimal(1234567.891, facts)).toBe(facts.samples.number);
    expect(formatDecimal(1234.5, facts)).toBe(locale === 'hy' ? '1234,5' : '1.234,5');
  });
});
