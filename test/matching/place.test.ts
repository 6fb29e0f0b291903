import { describe, expect, it } from 'vitest';
import { normalisePlaceName, score } from '../../src/matching/core/index.js';
import { placeGroup } from '../../src/matching/core/place-groups.js';
import { PLACE_NAME_GROUPS } from '../../src/matching/core/tables/places.js';

describe('normalisePlaceName', () => {
  it.each([
    ['Xankəndi', ['Xankendi', 'Xankandi', 'Khankendi', 'Ханкенди', 'Xankəndi şəhəri', 'город Ханкенди']],
    ['Ստեփանակերտ', ['Степанакерт', 'Stepanakert', 'Step’anakert']],
    ['Şuşa', ['Shusha', 'Шуша', 'SHUSHA']],
    ['Əsgəran', ['Askeran', 'Аскеран', 'Ասկերան']],
    ['Xocalı', ['Khojaly', 'Ходжалы']],
    ['Kəlbəcər', ['Kalbajar', 'Кельбаджар']],
    ['Hadrut', ['Гадрут', 'Հադրութ']],
    ['Laçın', ['Lachin', 'Лачин']],
    ['Martakert', ['Мардакерт', 'Մարտակերտ']],
    ['Böyük Tağlar', ['Boyuk Taglar', 'BÖYÜK TAĞLAR']],
  ])('%s', (name, others) => {
    const expected = normalisePlaceName(name);
    for (const other of others) expect([other, normalisePlaceName(other)]).toEqual([other, expected]);
  });

  it('places with different names do not meet by spelling (that needs the gazetteer)', () => {
    expect(normalisePlaceName('Xankəndi')).not.toBe(normalisePlaceName('Stepanakert'));
    expect(normalisePlaceName('Xocalı')).not.toBe(normalisePlaceName('Əsgəran'));
  });
});

describe('place groups (names no spelling rule bridges)', () => {
  it('puts every listed name in its own group and no name in two', () => {
    const seen = new Map<string, string>();
    for (const names of PLACE_NAME_GROUPS) {
      const group = placeGroup(names[0] ?? '');
      expect(group).toBeDefined();
      for (const name of names) {
        expect([name, placeGroup(name)]).toEqual([name, group]);
        const key = normalisePlaceName(name);
        expect(seen.get(key) ?? group).toBe(group);
        seen.set(key, group ?? '');
      }
    }
  });

  it('lets a birth place typed as text in two languages agree when scoring', () => {
    const result = score({ id: 'a', birthPlace: 'Stepanakert' }, { id: 'b', birthPlace: 'Xankəndi şəhəri' });
    expect(result.fields.find((f) => f.field === 'birthPlace')?.level).toBe('exact');
  });
});
