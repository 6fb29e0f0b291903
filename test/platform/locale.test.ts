import { describe, expect, it } from 'vitest';
import { negotiateLocale, requestedLocale } from '../../src/platform/i18n/locale.js';

describe('choosing the language of an answer from Accept-Language', () => {
  it.each([
    ['ru', 'ru'],
    ['hy-AM,hy;q=0.9,en;q=0.8', 'hy'],
    ['az-Latn-AZ', 'az'],
    ['fr-FR, ru;q=0.5, en;q=0.4', 'ru'],
    ['en;q=0.2, az;q=0.9', 'az'],
    ['RU-ru', 'ru'],
  ])('%s → %s', (header, locale) => {
    expect(negotiateLocale(header)).toBe(locale);
  });

  it.each([undefined, '', '*', 'fr, de;q=0.5', 'ru;q=0'])('%j asks for none of our languages', (header) => {
    expect(requestedLocale(header)).toBeUndefined();
    expect(negotiateLocale(header)).toBe('en');
    expect(negotiateLocale(header, 'hy')).toBe('hy');
  });
});
