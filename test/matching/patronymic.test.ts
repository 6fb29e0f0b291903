/** Patronymics reduce to the father's given name (NAMES.md "Patronymic", "Soviet / Russian documents"). */
import { describe, expect, it } from 'vitest';
import { normaliseName } from '../../src/matching/core/index.js';

const CASES: readonly [string, readonly string[]][] = [
  ['Արամ', ['Արամի', 'Arami', 'Арамович', 'Арамовна', 'Aramovich', 'Aramovna', 'Aram oğlu', 'Aram qızı', 'Арам оглы', 'Aram']],
  ['Գագիկ', ['Գագիկի', 'Gagiki', 'Гагикович']],
  ['Դավիթ', ['Դավթի', 'Davti', 'Давидович']],
  ['Սարգիս', ['Սարգսի', 'Sargsi', 'Саркисович', 'Sarkisovna']],
  ['Մկրտիչ', ['Մկրտչի', 'Mkrtchi', 'Мкртичевич', 'Мкртичевна']],
  ['Արա', ['Արայի', 'Arayi', 'Ara oğlu']],
  ['Խաչատուր', ['Խաչատրի', 'Хачатурович', 'Khachaturovna']],
  ['Сергей', ['Сергеевич', 'Sergeyevich', 'Sergeevna']],
  ['Հովհաննես', ['Հովհաննեսի', 'Оганесович', 'Ованесовна', 'Hovhannesi']],
];

describe('patronymic → father’s given name', () => {
  it.each(CASES)('%s', (father, patronymics) => {
    const expected = normaliseName(father, 'given');
    for (const patronymic of patronymics) {
      expect([patronymic, normaliseName(patronymic, 'patronymic')]).toEqual([patronymic, expected]);
    }
  });

  it('a Russian patronymic from the Russian equivalent reduces to that equivalent', () => {
    expect(normaliseName('Георгиевич', 'patronymic')).toBe(normaliseName('Георгий', 'given'));
    expect(normaliseName('Владимирович', 'patronymic')).toBe(normaliseName('Владимир', 'given'));
  });
});
