import { describe, expect, it } from 'vitest';
import { normaliseDocumentNumber, type DocumentType } from '../../src/people/core/documents.js';

const check = (type: DocumentType, raw: string) => normaliseDocumentNumber(type, raw);

describe('identity document numbers', () => {
  it.each<[DocumentType, string, string]>([
    ['am-passport', 'AR1452415', 'AR1452415'],
    ['am-passport', 'ar 145 2415', 'AR1452415'],
    ['am-passport', 'АR1452415', 'AR1452415'], // Cyrillic А typed on a Russian layout
    ['az-id-card', 'АZЕ12345678', 'AZE12345678'], // Cyrillic А and Е
    ['az-id-card', 'aa1234567', 'AA1234567'],
    ['az-fin', '5abc12d', '5ABC12D'],
    ['az-tax-id', '1234567891', '1234567891'],
    ['am-public-services-number', '12345 67890', '1234567890'],
  ])('%s %j is the same number as %j', (type, raw, normalised) => {
    expect(check(type, raw)).toEqual({ normalised, formatOk: true, refused: false });
  });

  describe('Soviet passports: a Roman numeral (Latin) and two series letters (Cyrillic)', () => {
    it.each([
      ['XIV-АЖ 123456', 'typed as printed'],
      ['XIV-АЖ № 123456', 'with the number sign'],
      ['XIV АЖ №123456', 'with spaces for the dash'],
      ['xiv-аж 123456', 'in lower case'],
    ])('%j (%s) → XIV-АЖ123456', (raw) => {
      expect(check('ussr-passport', raw)).toEqual({ normalised: 'XIV-АЖ123456', formatOk: true, refused: false });
    });

    it('reads Latin look-alikes in the series as Cyrillic and Cyrillic look-alikes in the numeral as Latin', () => {
      // "Х" and "С" typed on a Russian layout in the numeral; "A", "K" typed on a Latin one in the series.
      expect(check('ussr-passport', 'ХIV-AK 123456').normalised).toBe('XIV-АК123456');
      expect(check('ussr-passport', 'XIV-АК 123456').normalised).toBe('XIV-АК123456');
      expect(check('ussr-passport', 'ХС-ТЕ 654321').normalised).toBe('XC-ТЕ654321');
    });

    it.each(['123456', 'XIV-АЖ 12345', 'XIV-А 123456', 'XIV-АЖЖ 123456', 'ABCD-АЖ 123456'])('refuses %j', (raw) => {
      expect(check('ussr-passport', raw).refused).toBe(true);
    });
  });

  it.each<[DocumentType, string]>([
    ['am-passport', 'A1452415'],
    ['am-passport', 'AR145241'],
    ['az-fin', 'AB12O45'], // the letter O is not used in FINs
    ['az-tax-id', '1234567893'],
    ['am-public-services-number', '123456789'],
  ])('refuses %s %j, which breaks a certain format', (type, raw) => {
    expect(check(type, raw)).toMatchObject({ formatOk: false, refused: true });
  });

  it.each<[DocumentType, string]>([
    ['az-passport', 'C12345'],
    ['am-id-card', 'AB-12'],
    ['nk-passport', 'anything at all 12'],
    ['other', '№ 77'],
  ])('accepts %s %j, whose format is not certain, and says whether it fits', (type, raw) => {
    const result = check(type, raw);
    expect(result.refused).toBe(false);
    expect(result.normalised).not.toBe('');
  });

  it('gives a birth certificate the same number whichever keyboard it was typed on', () => {
    expect(check('certificate', 'II-АК № 123456').normalised).toBe(check('certificate', 'II-AK 123456').normalised);
  });
});
