import { describe, expect, it } from 'vitest';
import { normaliseName, transliterate } from '../../src/matching/core/index.js';

describe('transliterate for display', () => {
  it.each([
    ['Հովհաննիսյան', 'latn', 'Hovhannisyan'],
    ['Երվանդ Ոսկանյան', 'latn', 'Yervand Voskanyan'],
    ['Գևորգյան', 'latn', 'Gevorgyan'],
    ['Ստեփանակերտ', 'latn', 'Stepanakert'],
    ['Петросян Пётр Ервандович', 'latn', 'Petrosyan Pyotr Yervandovich'],
    ['Һәсән Әлијев', 'latn', 'Həsən Əliyev'],
    ['Ханкенди', 'latn', 'Khankendi'],
    ['Հակոբյան', 'cyrl', 'Акобян'],
    ['Հարությունյան', 'cyrl', 'Арутюнян'],
    ['Մկրտչյան', 'cyrl', 'Мкртчян'],
    ['Xaçatryan Qriqor', 'cyrl', 'Хачатрян Григор'],
    ['Hovhannisyan', 'cyrl', 'Ованнисян'],
    ['Eduard', 'cyrl', 'Эдуард'],
    ['Khachatryan', 'armn', 'Խաչատրյան'],
    ['Yervand', 'armn', 'Երվանդ'],
    ['Gevorgyan', 'armn', 'Գևորգյան'],
    ['QRİQORYAN', 'latn', 'QRİQORYAN'],
  ] as const)('%s → %s %s', (text, target, expected) => {
    expect(transliterate(text, target)).toBe(expected);
  });

  it('keeps upper case', () => {
    expect(transliterate('ՊԵՏՐՈՍՅԱՆ', 'latn')).toBe('PETROSYAN');
  });

  it.each(['Հովհաննիսյան', 'Ղազարյան', 'Մկրտչյան', 'Ծատուրյան', 'Եղիազարյան', 'Ոսկանյան', 'Գևորգյան'])(
    'a displayed form still matches the original: %s',
    (name) => {
      const expected = normaliseName(name, 'family');
      expect(normaliseName(transliterate(name, 'latn'), 'family')).toBe(expected);
      expect(normaliseName(transliterate(name, 'cyrl'), 'family')).toBe(expected);
      expect(normaliseName(transliterate(transliterate(name, 'latn'), 'armn'), 'family')).toBe(expected);
    },
  );
});
