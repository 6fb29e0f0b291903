/**
 * Each row of the Armenian letter table in NAMES.md: the letter written in Armenian, BGN/PCGN 1981,
 * ISO 9985 (with its combining marks), passport style and Russian practice must give one skeleton.
 * Letters are put in the frame Մէ_ոս / Me_os / Mē_os / Мэ_ос so that no word-initial rule applies
 * and the ISO spelling carries an ISO-only mark (ē), as ISO text does.
 */
import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/matching/core/index.js';

const MARK = '\u0315'; // ISO 9985 aspiration: COMBINING COMMA ABOVE RIGHT
const APOS = '\u2019'; // BGN/PCGN aspiration: RIGHT SINGLE QUOTATION MARK

type Row = { hy: string; bgn: string; iso: string; passport: string; ru: readonly string[] };

const ROWS: readonly Row[] = [
  { hy: 'ա', bgn: 'a', iso: 'a', passport: 'a', ru: ['а'] },
  { hy: 'բ', bgn: 'b', iso: 'b', passport: 'b', ru: ['б'] },
  { hy: 'գ', bgn: 'g', iso: 'g', passport: 'g', ru: ['г', 'к'] },
  { hy: 'դ', bgn: 'd', iso: 'd', passport: 'd', ru: ['д'] },
  { hy: 'ե', bgn: 'ye', iso: 'e', passport: 'e', ru: ['е'] },
  { hy: 'զ', bgn: 'z', iso: 'z', passport: 'z', ru: ['з'] },
  { hy: 'է', bgn: 'e', iso: 'ē', passport: 'e', ru: ['э'] },
  { hy: 'թ', bgn: `t${APOS}`, iso: `t${MARK}`, passport: 't', ru: ['т'] },
  { hy: 'ժ', bgn: 'zh', iso: 'ž', passport: 'zh', ru: ['ж'] },
  { hy: 'ի', bgn: 'i', iso: 'i', passport: 'i', ru: ['и'] },
  { hy: 'լ', bgn: 'l', iso: 'l', passport: 'l', ru: ['л'] },
  { hy: 'խ', bgn: 'kh', iso: 'x', passport: 'kh', ru: ['х'] },
  { hy: 'ծ', bgn: 'ts', iso: 'ç', passport: 'ts', ru: ['ц'] },
  { hy: 'կ', bgn: 'k', iso: 'k', passport: 'k', ru: ['к'] },
  { hy: 'հ', bgn: 'h', iso: 'h', passport: 'h', ru: ['г', 'х'] },
  { hy: 'ձ', bgn: 'dz', iso: 'j', passport: 'dz', ru: ['дз', 'ц'] },
  { hy: 'ղ', bgn: 'gh', iso: 'ġ', passport: 'gh', ru: ['г', 'х', 'к'] },
  { hy: 'ճ', bgn: 'ch', iso: 'č\u0323', passport: 'ch', ru: ['ч', 'тч'] },
  { hy: 'մ', bgn: 'm', iso: 'm', passport: 'm', ru: ['м'] },
  { hy: 'յ', bgn: 'y', iso: 'y', passport: 'y', ru: ['й'] },
  { hy: 'ն', bgn: 'n', iso: 'n', passport: 'n', ru: ['н'] },
  { hy: 'շ', bgn: 'sh', iso: 'š', passport: 'sh', ru: ['ш'] },
  { hy: 'ո', bgn: 'o', iso: 'o', passport: 'o', ru: ['о'] },
  { hy: 'չ', bgn: `ch${APOS}`, iso: 'č', passport: 'ch', ru: ['ч'] },
  { hy: 'պ', bgn: 'p', iso: 'p', passport: 'p', ru: ['п'] },
  { hy: 'ջ', bgn: 'j', iso: 'ǰ', passport: 'j', ru: ['дж'] },
  { hy: 'ռ', bgn: 'rr', iso: 'ṙ', passport: 'r', ru: ['р'] },
  { hy: 'ս', bgn: 's', iso: 's', passport: 's', ru: ['с'] },
  { hy: 'վ', bgn: 'v', iso: 'v', passport: 'v', ru: ['в'] },
  { hy: 'տ', bgn: 't', iso: 't', passport: 't', ru: ['т'] },
  { hy: 'ր', bgn: 'r', iso: 'r', passport: 'r', ru: ['р'] },
  { hy: 'ց', bgn: `ts${APOS}`, iso: `c${MARK}`, passport: 'ts', ru: ['ц'] },
  { hy: 'ու', bgn: 'u', iso: 'ow', passport: 'u', ru: ['у'] },
  { hy: 'փ', bgn: `p${APOS}`, iso: `p${MARK}`, passport: 'p', ru: ['п'] },
  { hy: 'ք', bgn: `k${APOS}`, iso: `k${MARK}`, passport: 'k', ru: ['к'] },
  { hy: 'և', bgn: 'yev', iso: 'ew', passport: 'ev', ru: ['ев'] },
  { hy: 'օ', bgn: 'o', iso: 'ò', passport: 'o', ru: ['о'] },
  { hy: 'օ', bgn: 'o', iso: 'ō', passport: 'o', ru: ['о'] },
  { hy: 'ֆ', bgn: 'f', iso: 'f', passport: 'f', ru: ['ф'] },
];

describe('every letter of the Armenian table reads the same in every standard', () => {
  it.each(ROWS)('$hy', ({ hy, bgn, iso, passport, ru }) => {
    const expected = normaliseName(`Մէ${hy}ոս`, 'given');
    expect(normaliseName(`Me${bgn}os`, 'given')).toBe(expected);
    expect(normaliseName(`Mē${iso}os`, 'given')).toBe(expected);
    expect(normaliseName(`Me${passport}os`, 'given')).toBe(expected);
    for (const russian of ru) expect(normaliseName(`Мэ${russian}ос`, 'given')).toBe(expected);
  });

  it('ը (y / ë / ы) is a vowel in every standard, though not always the same one', () => {
    const spellings = ['Մըն', 'Myn', 'Mën', 'Мын'].map((s) => normaliseName(s, 'given'));
    for (const skeleton of spellings) expect(skeleton).toMatch(/^m[ei]n$/u);
  });
});

describe('Russian romanisations (BGN/PCGN and ICAO Doc 9303) read as the Cyrillic', () => {
  it.each([
    ['Оганесян', 'Oganesyan', 'Oganesian'],
    ['Ерванд', 'Yervand', 'Ervand'],
    ['Айрапетян', 'Ayrapetyan', 'Airapetian'],
    ['Арутюнян', 'Arutyunyan', 'Arutiunian'],
    ['Пётр', 'Pyotr', 'Petr'],
    ['Хачатрян', 'Khachatryan', 'Khachatrian'],
    ['Шушанян', 'Shushanyan', 'Shushanian'],
    ['Джангирян', 'Dzhangiryan', 'Dzhangirian'],
  ])('%s = %s = %s', (cyrillic, bgn, icao) => {
    const expected = normaliseName(cyrillic, 'family');
    expect(normaliseName(bgn, 'family')).toBe(expected);
    expect(normaliseName(icao, 'family')).toBe(expected);
  });
});

describe('Azerbaijani Cyrillic and Latin (BGN/PCGN 1993) read alike', () => {
  it.each([
    ['Оганесјан', 'Oqanesyan'],
    ['Геворг', 'Qevorq'],
    ['Хачатрјан', 'Xaçatryan'],
    ['Ҹангирјан', 'Cangiryan'],
    ['Шаһинјан', 'Şahinyan'],
    ['Ғазарјан', 'Ğazaryan'],
    ['Әсәдјан', 'Əsədyan'],
  ])('%s = %s', (cyrillic, latin) => {
    expect(normaliseName(latin, 'family')).toBe(normaliseName(cyrillic, 'family'));
  });
});
