import { describe, expect, it } from 'vitest';
import { detectScript } from '../../src/matching/core/index.js';

describe('detectScript', () => {
  it.each([
    ['Հովհաննիսյան', 'armenian'],
    ['Оганесян', 'cyrillic'],
    ['Һәсән Әлијев', 'cyrillic'],
    ['Xaçatryan', 'latin'],
    ['P\u0315etrosyan', 'latin'],
    ['QRİQORYAN', 'latin'],
    ['Aрам', 'mixed'], // Latin A + Cyrillic рам: a homoglyph typed by mistake
    ['Tigran Петросян', 'mixed'],
    ['12-34', 'unknown'],
    ['', 'unknown'],
    ['ნინო', 'unknown'], // Georgian is not one of the supported scripts
  ] as const)('%s is %s', (text, script) => {
    expect(detectScript(text)).toBe(script);
  });
});
