/**
 * Relatives who share almost everything must not be flagged as duplicates (twins, a father and son
 * with one name, spouses sharing a phone), while a real duplicate inside the same household still is.
 */
import { describe, expect, it } from 'vitest';
import { type MatchRecord, score } from '../../src/matching/core/index.js';

const family = { familyName: 'Պետրոսյան', patronymic: 'Արամի', birthPlace: 'AZ-XA', phone: '+37497111222', householdId: 'H1' };

describe('hard negatives stay apart', () => {
  it('twins: same family, birth date, household and phone, different given names', () => {
    const a: MatchRecord = { id: 'a', givenName: 'Տիգրան', sex: 'male', birthDate: '2001-05-10', ...family };
    const b: MatchRecord = { id: 'b', givenName: 'Tigranuhi', sex: 'female', birthDate: '2001-05-10', ...family, familyName: 'Petrosyan' };
    const c: MatchRecord = { id: 'c', givenName: 'Արմեն', sex: 'male', birthDate: '2001-05-10', ...family };
    for (const [x, y] of [[a, b], [a, c]] as const) {
      const result = score(x, y);
      expect(result.isMatch).toBe(false);
      expect(result.guard).toBeDefined();
    }
  });

  it('twins whose names look alike (Narek / Nare) are kept apart by their sex', () => {
    const result = score(
      { id: 'a', givenName: 'Narek', sex: 'male', birthDate: '2001-05-10', ...family },
      { id: 'b', givenName: 'Наре', sex: 'female', birthDate: '2001-05-10', ...family },
    );
    expect(result.fields.find((f) => f.field === 'givenName')?.level).toBe('close');
    expect(result.guard?.rule).toBe('differentSex');
    expect(result.isMatch).toBe(false);
  });

  it('a grandson named after his grandfather, in the same household', () => {
    const grandfather: MatchRecord = { id: 'g', givenName: 'Hakob', patronymic: 'Grigori', familyName: 'Petrosyan', sex: 'male', birthDate: '1941-02-03', phone: family.phone, householdId: 'H1' };
    const grandson: MatchRecord = { id: 's', givenName: 'Акоп', patronymic: 'Арамович', familyName: 'Петросян', sex: 'male', birthDate: '1998-11-20', phone: family.phone, householdId: 'H1' };
    const result = score(grandfather, grandson);
    expect(result.guard?.rule).toBe('differentGeneration');
    expect(result.probability).toBe(0);
  });

  it('a father and son with one name and no birth-date evidence still do not merge on names alone', () => {
    const father: MatchRecord = { id: 'f', givenName: 'Aram', patronymic: 'Hakobi', familyName: 'Petrosyan', sex: 'male' };
    const son: MatchRecord = { id: 's', givenName: 'Aram', patronymic: 'Aramovich', familyName: 'Petrosyan', sex: 'male' };
    expect(score(father, son).isMatch).toBe(false);
  });

  it('spouses sharing a phone and a surname', () => {
    const result = score(
      { id: 'h', givenName: 'Ashot', familyName: 'Sargsyan', sex: 'male', birthDate: '1970-01-05', phone: '+37497000111' },
      { id: 'w', givenName: 'Гаяне', familyName: 'Саркисян', sex: 'female', birthDate: '1972-06-15', phone: '+37497000111' },
    );
    expect(result.isMatch).toBe(false);
  });

  it('a duplicate inside the same household, typed in another script with a typo, still matches', () => {
    const a: MatchRecord = { id: 'a', givenName: 'Տիգրան', sex: 'male', birthDate: '2001-05-10', ...family };
    const b: MatchRecord = { id: 'b', givenName: 'Tigrn', sex: 'male', birthDate: '2001-05-10', ...family, familyName: 'Petrosyan', patronymic: 'Aramovich' };
    const result = score(a, b);
    expect(result.guard).toBeUndefined();
    expect(result.isMatch).toBe(true);
  });

  it('the same document number overrides the guards (relatives never share one)', () => {
    const a: MatchRecord = { id: 'a', givenName: 'Gevorg', familyName: 'Petrosyan', birthDate: '1980-01-01', documentNumber: 'AR1452415' };
    const b: MatchRecord = { id: 'b', givenName: 'Zhirayr', familyName: 'Petrosyan', birthDate: '1980-01-01', documentNumber: 'ar 145 2415' };
    expect(score(a, b).guard).toBeUndefined();
  });
});
