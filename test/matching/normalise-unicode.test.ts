/** The Unicode traps listed at the end of NAMES.md, and the apostrophes people type. */
import { describe, expect, it } from 'vitest';
import { normaliseDocumentNumber, normaliseName } from '../../src/matching/core/index.js';

describe('Unicode traps', () => {
  it('Azerbaijani İ/ı never leaves a combining dot (toLowerCase would)', () => {
    expect('QRİQORYAN'.toLowerCase()).toHaveLength(10);
    const skeleton = normaliseName('QRİQORYAN', 'family');
    expect(skeleton).not.toMatch(/\u0307/u);
    expect(skeleton).toBe(normaliseName('Qriqoryan', 'family'));
    expect(normaliseName('QRIQORYAN', 'family')).toBe(skeleton);
    expect(normaliseName('Qrıqoryan', 'family')).toBe(skeleton);
  });

  it('ISO 9985 combining marks are removed, precomposed or decomposed', () => {
    const plain = normaliseName('Khachatryan', 'family');
    expect(normaliseName('Xač\u0323atryan', 'family')).toBe(plain);
    expect(normaliseName('Xac\u030C\u0323atryan', 'family')).toBe(plain); // č as c + caron
    expect(normaliseName('P\u0315etrosyan', 'family')).toBe(normaliseName('Petrosyan', 'family'));
  });

  it('decomposed Azerbaijani letters read like precomposed ones', () => {
    expect(normaliseName('S\u0327ahinyan', 'family')).toBe(normaliseName('Şahinyan', 'family'));
    expect(normaliseName('Xac\u0327atryan', 'family')).toBe(normaliseName('Xaçatryan', 'family'));
  });

  it('ё is е', () => {
    expect(normaliseName('Пётр', 'given')).toBe(normaliseName('Петр', 'given'));
    expect(normaliseName('Семён', 'given')).toBe(normaliseName('Семен', 'given'));
  });

  it('և, եւ and եվ are one', () => {
    const expected = normaliseName('Եվա', 'given');
    expect(normaliseName('Եւա', 'given')).toBe(expected);
    expect(normaliseName('Էվա', 'given')).toBe(expected);
    expect(normaliseName('\u0587ա', 'given')).toBe(normaliseName('Եվա', 'given'));
    expect('\u0587'.normalize('NFKD')).toBe('եւ');
  });

  it.each(['\u2019', '\u02BC', '`', "'", '\u2018', '\u055A'])('apostrophe %j carries no sound', (mark) => {
    expect(normaliseName(`P${mark}etrosyan`, 'family')).toBe(normaliseName('Petrosyan', 'family'));
    expect(normaliseName(`Khach${mark}atryan`, 'family')).toBe(normaliseName('Khachatryan', 'family'));
  });

  it('hyphens, spaces and letter case do not matter', () => {
    const expected = normaliseName('Ter-Petrosyan', 'family');
    for (const spelling of ['TER-PETROSYAN', ' ter  petrosyan ', 'Ter‐Petrosyan', 'Ter\u00A0Petrosyan']) {
      expect(normaliseName(spelling, 'family')).toBe(expected);
    }
  });

  it('Cyrillic/Latin homoglyphs in document numbers are folded', () => {
    expect(normaliseDocumentNumber('\u0410\u041A0123456')).toBe('AK0123456');
  });

  it('a stray Cyrillic homoglyph inside a Latin name reads as the Latin letter', () => {
    expect(normaliseName('Petr\u043Esyan', 'family')).toBe(normaliseName('Petrosyan', 'family'));
  });
});
