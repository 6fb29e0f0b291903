/** dedupe() and link() on a small fixture whose duplicates are known. */
import { describe, expect, it } from 'vitest';
import { dedupe, link, type MatchRecord, type Progress } from '../../src/matching/core/index.js';

/** Four people registered more than once (in different scripts), plus relatives and strangers. */
const FIXTURE: MatchRecord[] = [
  { id: 'hakob-hy', givenName: 'Հակոբ', patronymic: 'Արամի', familyName: 'Հովհաննիսյան', sex: 'male', birthDate: '1975-03-12', phone: '+37497100001' },
  { id: 'hakob-ru', givenName: 'Акоп', patronymic: 'Арамович', familyName: 'Оганесян', sex: 'male', birthDate: '1975-12-03', phone: '+37497100001' },
  { id: 'hakob-az', givenName: 'Akop', patronymic: 'Aram oğlu', familyName: 'Oqanesyan', sex: 'male', birthDate: '1975-03-12' },
  { id: 'anahit-hy', givenName: 'Անահիտ', patronymic: 'Հակոբի', familyName: 'Հովհաննիսյան', sex: 'female', birthDate: '2001-07-21', phone: '+37497100001' },
  { id: 'anahit-lat', givenName: 'Anahit', patronymic: 'Hakobi', familyName: 'Hovhannisyan', sex: 'female', birthDate: '2001', documentNumber: 'AR1000001' },
  { id: 'armen-twin', givenName: 'Արմեն', patronymic: 'Հակոբի', familyName: 'Հովհաննիսյան', sex: 'male', birthDate: '2001-07-21', phone: '+37497100001' },
  { id: 'grandpa', givenName: 'Hakob', patronymic: 'Petrosi', familyName: 'Hovhannisyan', sex: 'male', birthDate: '1938-05-02', phone: '+37497100001' },
  { id: 'khach-ru', givenName: 'Хачатур', patronymic: 'Погосович', familyName: 'Мкртчян', sex: 'male', birthDate: '1960-01-30', documentNumber: 'AN2000002' },
  { id: 'khach-lat', givenName: 'Khachatur', patronymic: 'Poghosi', familyName: 'Mkrtchyan', sex: 'male', birthDate: '1960-01-30', documentNumber: 'АN 200 0002' },
  { id: 'gayane-1', givenName: 'Gayane', familyName: 'Sargsyan', sex: 'female', birthDate: '1982-09-09', birthPlace: 'AZ-SUS' },
  { id: 'gayane-2', givenName: 'Գայանե', familyName: 'Սարգսյան', sex: 'female', birthDate: '1982-09-09', birthPlace: 'AZ-SUS' },
  { id: 'stranger', givenName: 'Tigran', familyName: 'Petrosyan', sex: 'male', birthDate: '1990-02-02' },
];

const EXPECTED_CLUSTERS = [
  ['hakob-hy', 'hakob-ru', 'hakob-az'],
  ['anahit-hy', 'anahit-lat'],
  ['khach-ru', 'khach-lat'],
  ['gayane-1', 'gayane-2'],
];

const sorted = (clusters: readonly (readonly string[])[]): string[][] => clusters.map((c) => [...c].sort()).sort((x, y) => x[0]!.localeCompare(y[0]!));

describe('dedupe', () => {
  it('finds exactly the known duplicates and leaves relatives apart', () => {
    const result = dedupe(FIXTURE);
    expect(sorted(result.clusters)).toEqual(sorted(EXPECTED_CLUSTERS));
    for (const pair of result.pairs) expect(pair.score).toBeGreaterThanOrEqual(result.model.threshold);
  });

  it('reports progress through every phase', () => {
    const phases = new Set<Progress['phase']>();
    dedupe(FIXTURE, { onProgress: (p) => phases.add(p.phase) });
    expect([...phases]).toEqual(expect.arrayContaining(['prepare', 'block', 'compare', 'estimate', 'score', 'cluster']));
  });

  it('is deterministic', () => {
    expect(dedupe(FIXTURE).pairs).toEqual(dedupe(FIXTURE).pairs);
  });
});

describe('link', () => {
  it('pairs records across the two lists only', () => {
    const left = FIXTURE.filter((r) => r.id.endsWith('-hy') || r.id === 'khach-ru' || r.id === 'gayane-1');
    const right = FIXTURE.filter((r) => !left.includes(r));
    const result = link(left, right);
    const pairs = result.pairs.map((p) => `${p.idA}|${p.idB}`).sort();
    expect(pairs).toEqual(['anahit-hy|anahit-lat', 'gayane-1|gayane-2', 'hakob-hy|hakob-az', 'hakob-hy|hakob-ru', 'khach-ru|khach-lat']);
  });
});
