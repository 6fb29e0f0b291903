import { describe, expect, it } from 'vitest';
import { nameKeys } from '../../src/matching/core/index.js';
import { GIVEN_NAME_EQUIVALENTS } from '../../src/matching/core/tables/given-name-equivalents.js';

const shared = (a: string[], b: string[]): string[] => a.filter((key) => b.includes(key));

describe('nameKeys', () => {
  it('gives prefixed keys: skeleton, loose, and equivalence class or surname stem', () => {
    expect(nameKeys('Hakob', 'given').map((k) => k.slice(0, 2))).toEqual(['s:', 'l:', 'e:']);
    expect(nameKeys('Hakobyan', 'family').map((k) => k.slice(0, 2))).toEqual(['s:', 'l:', 'r:']);
    expect(nameKeys('', 'given')).toEqual([]);
  });

  it('spellings of one name share the skeleton key', () => {
    expect(shared(nameKeys('Оганесян', 'family'), nameKeys('Hovhannisyan', 'family'))).toContain(
      nameKeys('Hovhannisyan', 'family')[0],
    );
  });

  it('Soviet equivalents share only the equivalence key', () => {
    const common = shared(nameKeys('Hakob', 'given'), nameKeys('Яков', 'given'));
    expect(common).toHaveLength(1);
    expect(common[0]).toMatch(/^e:/u);
  });

  it('a Russified surname shares only the stem key', () => {
    const common = shared(nameKeys('Акопов', 'family'), nameKeys('Hakobyan', 'family'));
    expect(common).toHaveLength(1);
    expect(common[0]).toMatch(/^r:/u);
  });

  it('a patronymic is keyed like the father’s given name', () => {
    expect(shared(nameKeys('Георгиевич', 'patronymic'), nameKeys('Gevorg', 'given'))).toEqual(
      nameKeys('Gevorg', 'given').filter((k) => k.startsWith('e:')),
    );
  });

  it.each(GIVEN_NAME_EQUIVALENTS.map((names) => [names[0] ?? '', names] as const))(
    'every name listed with %s shares its equivalence key',
    (_first, names) => {
      const classKeys = new Set(names.map((n) => nameKeys(n, 'given').find((k) => k.startsWith('e:'))));
      expect(classKeys.size).toBe(1);
      expect([...classKeys][0]).toBeDefined();
    },
  );
});
