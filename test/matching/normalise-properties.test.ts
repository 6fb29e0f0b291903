/**
 * Properties of the normaliser over generated input: a skeleton is a fixed point, and a name
 * written in Armenian reads the same once transliterated to Latin or Cyrillic.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { looseNameKey, type NameKind, normaliseName, transliterate } from '../../src/matching/core/index.js';

const LETTERS =
  'abcdefghijklmnopqrstuvwxyzəğışöüçžčšʦ -’' +
  'աբգդեզէըթժիլխծկհձղճմյնշոչպջռսվտրցւփքօֆևԱԲԳԴԵՀՈ' +
  'абвгдежзийклмнопрстуфхцчшщъыьэюяёғәјҝөүһҹİI\u0315';

const anyText = fc.string({ unit: fc.constantFrom(...LETTERS), maxLength: 16 });
const kinds = fc.constantFrom<NameKind>('given', 'family', 'patronymic');

/** Armenian syllables, so generated words look like names rather than noise. */
const ARMENIAN_ONSETS = ['', 'բ', 'գ', 'դ', 'զ', 'թ', 'ժ', 'լ', 'խ', 'ծ', 'կ', 'հ', 'ղ', 'ճ', 'մ', 'ն', 'շ', 'չ', 'պ', 'ջ', 'ռ', 'ս', 'վ', 'տ', 'ր', 'ց', 'փ', 'ք', 'ֆ'];
const ARMENIAN_VOWELS = ['ա', 'ե', 'ի', 'ո', 'ու', 'օ'];
const syllable = fc.tuple(fc.constantFrom(...ARMENIAN_ONSETS), fc.constantFrom(...ARMENIAN_VOWELS)).map(([c, v]) => c + v);
const armenianName = fc
  .tuple(fc.constantFrom(...ARMENIAN_ONSETS.slice(1)), fc.array(syllable, { minLength: 1, maxLength: 3 }), fc.constantFrom('ն', 'ր', 'կ', 'ս', 'մ'))
  .map(([first, rest, last]) => first + rest.join('') + last)
  .filter((name) => !/[^աեիոօւ]{2}/u.test(name.slice(0, -1))); // no consonant clusters: tsch, sh… are ambiguous in Latin

describe('normaliseName properties', () => {
  it('is idempotent: a skeleton normalises to itself (a patronymic to the given name it names)', () => {
    fc.assert(
      fc.property(anyText, kinds, (text, kind) => {
        const skeleton = normaliseName(text, kind);
        expect(normaliseName(skeleton, kind === 'patronymic' ? 'given' : kind)).toBe(skeleton);
      }),
      { numRuns: 3000 },
    );
  });

  it('is script-independent: an Armenian surname and its Latin and Cyrillic renderings agree', () => {
    fc.assert(
      fc.property(armenianName, (stem) => {
        const name = `${stem}յան`;
        const expected = normaliseName(name, 'family');
        expect(normaliseName(transliterate(name, 'latn'), 'family')).toBe(expected);
        expect(normaliseName(transliterate(name, 'cyrl'), 'family')).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });

  it('upper case, lower case and stray spaces never change a skeleton (ı excepted: its capital is I)', () => {
    fc.assert(
      fc.property(anyText.filter((text) => !text.includes('ı')), kinds, (text, kind) => {
        expect(normaliseName(` ${text.toUpperCase()} `, kind)).toBe(normaliseName(text.toLowerCase(), kind));
      }),
      { numRuns: 2000 },
    );
  });
});
