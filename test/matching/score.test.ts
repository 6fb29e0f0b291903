/** score(): weights by agreement level, term frequencies, missing fields, explanations. */
import { describe, expect, it } from 'vitest';
import { buildFrequencies, DEFAULT_MODEL, type MatchModel, type MatchRecord, score } from '../../src/matching/core/index.js';

const hakob: MatchRecord = {
  id: 'a',
  givenName: 'Հակոբ',
  patronymic: 'Արամի',
  familyName: 'Հովհաննիսյան',
  sex: 'male',
  birthDate: '1975-03-12',
  birthPlace: 'AZ-XA',
};

const field = (result: ReturnType<typeof score>, name: string) => {
  const found = result.fields.find((f) => f.field === name);
  if (!found) throw new Error(`no field ${name}`);
  return found;
};

describe('score', () => {
  it('explains a cross-script match in words a reviewer can read', () => {
    const russian: MatchRecord = { ...hakob, id: 'b', givenName: 'Акоп', patronymic: 'Арамович', familyName: 'Оганесян' };
    const result = score(hakob, russian);
    expect(field(result, 'familyName').explanation).toContain('family name: same after transliteration (Հովհաննիսյան ≈ Оганесян)');
    expect(field(result, 'patronymic').explanation).toContain('Արամի ≈ Арамович');
    expect(field(result, 'birthDate').explanation).toBe('birth date: identical (1975-03-12)');
    expect(result.probability).toBeGreaterThan(DEFAULT_MODEL.threshold);
    expect(result.isMatch).toBe(true);
  });

  it('orders the levels: as typed > same skeleton > equivalent name > different', () => {
    const weightOf = (givenName: string) => field(score(hakob, { ...hakob, id: 'b', givenName }), 'givenName');
    const exact = weightOf('Հակոբ');
    const skeleton = weightOf('Hakob');
    const equivalent = weightOf('Яков');
    const different = weightOf('Тигран');
    expect([exact.level, skeleton.level, equivalent.level, different.level]).toEqual(['exact', 'skeleton', 'related', 'disagree']);
    expect(exact.weight).toBeGreaterThan(skeleton.weight);
    expect(skeleton.weight).toBeGreaterThan(equivalent.weight);
    expect(equivalent.weight).toBeGreaterThan(0);
    expect(different.weight).toBeLessThan(0);
    expect(equivalent.explanation).toContain('equivalent names');
  });

  it('counts a Russified surname as weaker agreement than the same surname', () => {
    const same = field(score({ ...hakob, familyName: 'Акопян' }, { ...hakob, id: 'b', familyName: 'Hakobyan' }), 'familyName');
    const russified = field(score({ ...hakob, familyName: 'Акопов' }, { ...hakob, id: 'b', familyName: 'Hakobyan' }), 'familyName');
    expect(russified.level).toBe('related');
    expect(russified.explanation).toContain('Russified');
    expect(russified.weight).toBeGreaterThan(0);
    expect(russified.weight).toBeLessThan(same.weight);
  });

  it('adds nothing for a missing field and says so', () => {
    const result = score(hakob, { ...hakob, id: 'b', phone: '+37497123456' });
    const phone = field(result, 'phone');
    expect(phone).toMatchObject({ level: 'missing', weight: 0 });
    expect(phone.explanation).toContain('missing on one side');
    expect(result.weight).toBeCloseTo(result.fields.reduce((sum, f) => sum + f.weight, 0), 10);
  });

  it('weighs a rare surname more than a common one (term frequencies)', () => {
    const surnames = ['Adamyan', 'Babayan', 'Danielyan', 'Gasparyan', 'Lalayan', 'Melikyan', 'Nazaryan', 'Simonyan'];
    const population: MatchRecord[] = [
      ...Array.from({ length: 30 }, (_, k) => ({ id: `p${k}`, familyName: 'Petrosyan' })),
      ...Array.from({ length: 70 }, (_, k) => ({ id: `o${k}`, familyName: `${surnames[k % 8]}-${k}` })),
      { id: 'r', familyName: 'Ter-Grigoryan' },
    ];
    const model: MatchModel = { ...DEFAULT_MODEL, frequencies: buildFrequencies(population) };
    const common = field(score({ id: 'a', familyName: 'Petrosyan' }, { id: 'b', familyName: 'Петросян' }, model), 'familyName');
    const rare = field(score({ id: 'a', familyName: 'Ter-Grigoryan' }, { id: 'b', familyName: 'Тер-Григорян' }, model), 'familyName');
    expect(common.level).toBe(rare.level);
    expect(rare.weight).toBeGreaterThan(common.weight);
    expect(common.explanation).toContain('common value');
    expect(rare.explanation).toContain('uncommon value');
  });

  it('recognises given and family names typed into each other’s boxes', () => {
    const result = score(
      { id: 'a', givenName: 'Aram', familyName: 'Petrosyan', birthDate: '1980-01-02' },
      { id: 'b', givenName: 'Петросян', familyName: 'Арам', birthDate: '1980-01-02' },
    );
    expect(field(result, 'givenName').level).toBe('skeleton');
    expect(field(result, 'givenName').explanation).toContain('names swapped');
  });

  it('never throws on empty or odd input', () => {
    const result = score({ id: 'a' }, { id: 'b', givenName: '—', birthDate: 'yesterday', phone: '' });
    expect(result.fields.every((f) => f.level === 'missing')).toBe(true);
    expect(result.weight).toBe(0);
  });
});
