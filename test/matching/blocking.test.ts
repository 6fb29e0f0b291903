import { describe, expect, it } from 'vitest';
import { CandidatePairs } from '../../src/matching/core/blocking.js';
import type { BlockingRule } from '../../src/matching/core/index.js';
import { createDictionaries, prepareTable } from '../../src/matching/core/prepare.js';

const records = Array.from({ length: 40 }, (_, k) => ({
  id: `r${k}`,
  givenName: k % 2 === 0 ? 'Aram' : 'Արամ',
  familyName: 'Petrosyan',
  birthDate: `19${50 + (k % 4)}-01-0${1 + (k % 3)}`,
}));

const collect = (pairs: CandidatePairs): string[] => {
  const out: string[] = [];
  pairs.forEach((g, h) => out.push(`${g}-${h}`));
  return out;
};

describe('candidate pairs', () => {
  const rules: BlockingRule[] = [['familyName.skeleton', 'birthYear'], ['givenName.skeleton'], ['familyName.loose']];

  it('produces each pair once, however many rules find it', () => {
    const table = prepareTable(records);
    const pairs = collect(new CandidatePairs([table], rules, { maxBlockSize: 1000 }));
    expect(new Set(pairs).size).toBe(pairs.length);
    expect(pairs.length).toBe((40 * 39) / 2);
  });

  it('compares a block over the size limit with its neighbours only', () => {
    const table = prepareTable(records);
    const pairs = collect(new CandidatePairs([table], [['familyName.skeleton']], { maxBlockSize: 10, window: 4 }));
    expect(pairs.length).toBe(37 * 3 + 2 + 1);
    expect(new Set(pairs).size).toBe(pairs.length);
  });

  it('links across two tables only', () => {
    const dict = createDictionaries();
    const left = prepareTable(records.slice(0, 10), dict);
    const right = prepareTable(records.slice(10, 15), dict);
    const pairs = collect(new CandidatePairs([left, right], rules));
    expect(pairs.length).toBe(10 * 5);
    for (const pair of pairs) {
      const [g, h] = pair.split('-').map(Number) as [number, number];
      expect(g < 10).not.toBe(h < 10);
    }
  });

  it('skips records missing a part of the rule', () => {
    const table = prepareTable([{ id: 'a', givenName: 'Aram' }, { id: 'b', givenName: 'Aram' }, { id: 'c', givenName: 'Aram', birthDate: '1950' }]);
    expect(collect(new CandidatePairs([table], [['givenName.skeleton', 'birthYear']]))).toEqual([]);
  });
});
