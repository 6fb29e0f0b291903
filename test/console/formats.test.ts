import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createFormatters } from '../../web/ui/i18n/format.js';
import { locales } from '../../web/ui/i18n/locales.js';

interface Samples {
  locale: string;
  sample_instant_utc: string;
  medium: string;
  number: string;
}
const cldr = JSON.parse(fs.readFileSync('reference/locale_cldr48.json', 'utf8')) as { locales: Record<string, { intl_samples: Samples }> };

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
