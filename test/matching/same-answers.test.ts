import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load.js';
import type { Caller } from '../../src/access/caller.js';
import { sectionsOf } from '../../src/access/core/policy.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { pgUrl } from '../support/stores.js';

const reviewer: Caller = { actor: { id: null, role: 'reviewer' }, subject: null, scope: 'all', sections: sectionsOf('reviewer'), purpose: 'registration' };

/** Searches for people of the demo data: by name as typed with the birth year, and by name alone. */
async function queriesFrom(t: TestApp) {
  const rows = await t.runtime.deps.store.db
    .selectFrom('people')
    .select(['given_name', 'family_name', 'birth_date'])
    .orderBy('family_name')
    .orderBy('given_name')
    .orderBy('birth_date')
    .limit(12)
    .execute();
  return rows.flatMap((r: { given_name: string; family_name: string; birth_date: string }) => [
    { q: `${r.given_name} ${r.family_name}`, birthDate: r.birth_date.slice(0, 4) },
    { q: `${r.family_name} ${r.given_name}` },
  ]);
}

/** What a search shows, without the ids each store drew for itself. */
async function answers(t: TestApp, queries: { q: string; birthDate?: string }[]) {
  const out = [];
  for (const q of queries) {
    const res = await t.runtime.services.matching.search(reviewer, { ...q, limit: 20 });
    out.push(res.items.map((i) => [i.person.givenName.value, i.person.familyName.value, i.person.birthDate, i.score.toFixed(6)]));
  }
  return out;
}

describe.skipIf(!pgUrl)('search gives the same ranking on SQLite and PostgreSQL', () => {
  let sqlite: TestApp;
  let postgres: TestApp;
  beforeAll(async () => {
    [sqlite, postgres] = await Promise.all([startTestApp('sqlite'), startTestApp('postgres')]);
    for (const t of [sqlite, postgres]) await loadDemo(t.runtime, { people: 1500, seed: 42 });
  });
  afterAll(async () => {
    await sqlite?.close();
    await postgres?.close();
  });

  it('for names typed in every script', async () => {
    const queries = await queriesFrom(sqlite);
    const [a, b] = [await answers(sqlite, queries), await answers(postgres, queries)];
    expect(a.flat().length).toBeGreaterThan(10);
    expect(b).toEqual(a);
  });
});

if (!pgUrl) process.stderr.write('[homeward tests] same-ranking test SKIPPED: it needs HOMEWARD_TEST_PG_URL.\n');
