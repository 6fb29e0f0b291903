import { describe, expect, it } from 'vitest';
import { normaliseDocumentNumber } from '../../src/matching/core/index.js';

describe('normaliseDocumentNumber', () => {
  it.each([
    ['ar 145-2415', 'AR1452415'],
    ['AR\u00A01452415', 'AR1452415'],
    ['\u0410\u041A0123456', 'AK0123456'], // Cyrillic А and К
    ['\u0420\u04210123456', 'PC0123456'], // Cyrillic Р and С look like Latin P and C
    ['AR145241O', 'AR1452410'], // AM passport: digits only after two letters, so O is 0
    ['AR145241I', 'AR1452411'],
    ['5vbk–5vr', '5VBK5VR'], // AZ FIN, en dash
    ['5VBK0VR', '5VBK0VR'],
    ['5VBKOVR', '5VBK0VR'], // FIN never contains O
    ['AZE 1234567O', 'AZE12345670'],
    ['51O24O5678', '5102405678'], // AM public services number: ten digits
    ['XIV-АЖ № 123456', 'XIVAЖ123456'], // Soviet passport: Ж has no Latin twin and stays
    ['ＡＲ１４５２４１５', 'AR1452415'], // full-width characters
  ])('%s → %s', (raw, expected) => {
    expect(normaliseDocumentNumber(raw)).toBe(expected);
  });

  it('does not fold O where no format says it is a digit', () => {
    expect(normaliseDocumentNumber('BOOK-77')).toBe('BOOK77');
  });
});
