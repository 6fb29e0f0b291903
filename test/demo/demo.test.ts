import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDemo } from '../../src/demo/load.js';
import { parseReference } from '../../src/registration/core/reference.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { storeKinds } from '../support/stores.js';

describe.each(storeKinds)('the demo dataset (%s)', (kind) => {
  let t: TestApp;
  let loaded: Awaited<ReturnType<typeof loadDemo>>;

  beforeAll(async () => {
    t = await startTestApp(kind);
    loaded = await loadDemo(t.runtime, { people: 600, seed: 7 });
  });
  afterAll(() => t?.close());

  const db = () => t.runtime.deps.store.db;

  it('loads about the people asked for, in households, through all three channels', async () => {
    expect(loaded.people).toBeGreaterThanOrEqual(600);
    const people = await db().selectFrom('people').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(people.n)).toBe(loaded.people);
    const channels = await db().selectFrom('applications').select('channel').distinct().execute();
    expect(channels.map((c: { channel: string }) => c.channel).sort()).toEqual(['outreach', 'portal', 'reception']);
    const households = await db().selectFrom('households').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
    expect(Number(households.n)).toBeGreaterThan(0);
  });

  it('types names in Armenian, Cyrillic and Latin', async () => {
    const scripts = await db().selectFrom('people').select('family_name_script').distinct().execute();
    expect(scripts.map((s: { family_name_script: string }) => s.family_name_script).sort()).toEqual(['armenian', 'cyrillic', 'latin']);
  });

  it('gives every application a valid, unique reference and a state its actions lead to', async () => {
    const apps = await db().selectFrom('applications').select(['id', 'reference', 'state', 'version']).execute();
    expect(new Set(apps.map((a: { reference: string }) => a.reference)).size).toBe(apps.length);
    for (const a of apps) expect(parseReference(a.reference)).toBe(a.reference);
    const last = await db()
      .selectFrom('application_actions')
      .select(['application_id', 'version', 'state_after'])
      .execute();
    const lastByApp = new Map<string, { version: number; state_after: string }>();
    for (const row of last) {
      const seen = lastByApp.get(row.application_id);
      if (!seen || row.version > seen.version) lastByApp.set(row.application_id, row);
    }
    for (const a of apps) expect(lastByApp.get(a.id)).toMatchObject({ version: a.version, state_after: a.state });
    expect(new Set(apps.map((a: { state: string }) => a.state)).size).toBeGreaterThan(4);
  });

  it('creates demo staff and shows their one-time secrets once', async () => {
    expect(loaded.secrets.map((s) => s.username)).toContain('reviewer.demo');
    const again = await loadDemo(t.runtime, { people: 10, seed: 8 });
    expect(again.secrets).toEqual([]);
  });
});
