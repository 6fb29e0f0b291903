/**
 * The cross-convention variants of NAMES.md ("Informal and cross-convention variants", "Armenian
 * naming conventions"): each group is one name and must give one skeleton; the second table holds
 * spellings that no rule can settle and must meet on the loose key instead.
 */
import { describe, expect, it } from 'vitest';
import { looseNameKey, type NameKind, normaliseName } from '../../src/matching/core/index.js';

const SAME_SKELETON: readonly [string, NameKind, readonly string[]][] = [
  ['Hovh-/Ov-/Og-/Avan-', 'family', ['Հովհաննիսյան', 'Hovhannisyan', 'Hovannisian', 'Оганесян', 'Ованесян', 'Ованисян', 'Аванесян', 'Oganesyan', 'Ovanesyan', 'Oganesian', 'Oqanesyan']],
  ['initial Հ dropped in Russian', 'given', ['Hakob', 'Հակոբ', 'Акоп']],
  ['initial Հ dropped in Russian', 'family', ['Hayrapetyan', 'Айрапетян']],
  ['initial Հ dropped in Russian', 'family', ['Harutyunyan', 'Арутюнян', 'Harutiunian']],
  ['initial Հ dropped in Russian', 'given', ['Hasmik', 'Асмик']],
  ['Hovsep → Овсеп', 'given', ['Hovsep', 'Овсеп', 'Հովսեփ']],
  ['Hovakimyan → Овакимян', 'family', ['Hovakimyan', 'Овакимян']],
  ['medial Հ as г', 'given', ['Mher', 'Մհեր', 'Мгер']],
  ['-yan/-ian/-jan/-yants/-iants/-եան', 'family', ['Petrosyan', 'Petrosian', 'Petrosjan', 'Petrosyants', 'Petrosiants', 'Պետրոսյան', 'Պետրոսեան', 'Петросян', 'Петросянц']],
  ['ye/e', 'given', ['Yervand', 'Ervand', 'Երվանդ', 'Ерванд']],
  ['ye/e', 'family', ['Yeghiazaryan', 'Eghiazaryan', 'Егиазарян', 'Եղիազարյան']],
  ['vo/o', 'family', ['Voskanyan', 'Oskanyan', 'Восканян', 'Ոսկանյան']],
  ['u/ou/ow', 'family', ['Tsaturyan', 'Tsatourian', 'Ծատուրյան', 'Цатурян']],
  ['gh/g/k/q/ğ/x', 'family', ['Ghazaryan', 'Казарян', 'Газарян', 'Qazaryan', 'Ğazaryan', 'Ղազարյան']],
  ['gh/g/k/q/ğ/x', 'family', ['Poghosyan', 'Погосян', 'Похосян', 'Bogosian', 'Պողոսյան']],
  ['gh/g/k/q/ğ/x', 'family', ['Ghukasyan', 'Гукасян', 'Qukasyan']],
  ['kh/x/h', 'family', ['Khachatryan', 'Xaçatryan', 'Хачатрян', 'Խաչատրյան']],
  ['ts/c/tz', 'family', ['Tsaturyan', 'Tzaturyan', 'Цатурян']],
  ['zh/j/ž', 'given', ['Zhora', 'Jora', 'Žora', 'Жора']],
  ['j/dj/dzh/c', 'family', ['Jangiryan', 'Djangiryan', 'Dzhangiryan', 'Cangiryan', 'Джангирян', 'Ջանգիրյան']],
  ['ch/tch/ç/č', 'family', ['Mkrtchyan', 'Mkrtčyan', 'Мкртчян', 'Մկրտչյան']],
  ['ch/tch/ç/č', 'family', ['Khachatryan', 'Khatchatryan', 'Xaçatryan', 'Xačatryan']],
  ['sh/ş', 'family', ['Shahinyan', 'Şahinyan', 'Шагинян', 'Šahinyan']],
  ['Western devoicing', 'given', ['Hakob', 'Hagop']],
  ['Western devoicing', 'given', ['Gevorg', 'Kevork', 'Геворг', 'Qevorq']],
  ['Western devoicing', 'given', ['Petros', 'Bedros', 'Петрос']],
  ['Western devoicing', 'given', ['Grigor', 'Krikor', 'Qriqor']],
  ['Western devoicing', 'family', ['Karapetyan', 'Garabedian', 'Карапетян']],
  ['Western devoicing', 'given', ['Vardan', 'Vartan', 'Вардан']],
  ['Western devoicing', 'family', ['Hambardzumyan', 'Hambartsumian', 'Амбарцумян']],
  ['ligature և/եւ/եվ', 'family', ['Գևորգյան', 'Գեւորգյան', 'Գեվորգյան', 'Gevorgyan', 'Геворгян']],
  ['Ter-/Der- prefix', 'family', ['Ter-Petrosyan', 'Ter Petrosyan', 'Terpetrosyan', 'Der Bedrosian', 'Տեր-Պետրոսյան', 'Тер-Петросян']],
  ['Ter-/Der- prefix with Hovh-', 'family', ['Ter-Hovhannisyan', 'Тер-Оганесян', 'Ter Ovanesyan']],
  ['classical orthography', 'given', ['Յակոբ', 'Հակոբ']],
  ['hyphen and space in a given name', 'given', ['Anna-Maria', 'Anna Maria', 'AnnaMaria']],
];

describe('spellings of one name give one skeleton', () => {
  it.each(SAME_SKELETON)('%s (%s): %j', (_label, kind, spellings) => {
    const [first, ...rest] = spellings;
    const expected = normaliseName(first ?? '', kind);
    expect(expected).not.toBe('');
    for (const spelling of rest) expect([spelling, normaliseName(spelling, kind)]).toEqual([spelling, expected]);
  });
});

const LOOSE_ONLY: readonly [string, NameKind, string, string][] = [
  ['Հ written Г', 'given', 'Hamlet', 'Гамлет'],
  ['Հ written Г', 'given', 'Hrant', 'Грант'],
  ['Հ written Г', 'given', 'Henrik', 'Генрих'],
  ['vowel drop', 'family', 'Sargsyan', 'Саркисян'],
  ['vowel drop', 'family', 'Khachatryan', 'Khachaturian'],
];

describe('spellings no rule can settle still meet on the loose key', () => {
  it.each(LOOSE_ONLY)('%s: %s ~ %s', (_label, kind, a, b) => {
    expect(normaliseName(a, kind)).not.toBe(normaliseName(b, kind));
    expect(looseNameKey(a, kind)).toBe(looseNameKey(b, kind));
  });

  it('a loose key shorter than three symbols is not given (it would say too little)', () => {
    expect(looseNameKey('Ayan', 'family')).toBe('');
    expect(looseNameKey('Ani', 'given')).not.toBe('');
  });

  it('given names keep their vowels in the loose key: Armen, Arman and Armine stay apart', () => {
    const keys = ['Armen', 'Arman', 'Armine', 'Արմինե', 'Армен'].map((name) => looseNameKey(name, 'given'));
    expect(new Set(keys).size).toBe(3);
    expect(keys[0]).toBe(keys[4]);
    expect(keys[2]).toBe(keys[3]);
  });
});

describe('different names stay apart', () => {
  it.each([
    ['given', 'Aram', 'Armen'],
    ['given', 'Anna', 'Ani'],
    ['given', 'Gevorg', 'Grigor'],
    ['family', 'Petrosyan', 'Poghosyan'],
    ['family', 'Sargsyan', 'Sahakyan'],
    ['family', 'Hakobyan', 'Harutyunyan'],
  ] as const)('%s: %s ≠ %s', (kind, a, b) => {
    expect(normaliseName(a, kind)).not.toBe(normaliseName(b, kind));
    const loose = looseNameKey(a, kind);
    if (loose !== '') expect(loose).not.toBe(looseNameKey(b, kind));
  });

  it('a Russified surname is not the same surname (only the stem agrees)', () => {
    expect(normaliseName('Акопов', 'family')).not.toBe(normaliseName('Akopyan', 'family'));
    expect(normaliseName('Акопова', 'family')).toBe(normaliseName('Akopov', 'family'));
  });
});
