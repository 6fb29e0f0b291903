import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAuditSealer } from '../../src/audit/sealer.js';
import type { Runtime } from '../../src/runtime.js';
import { writeReads } from '../support/audit.js';
import { openTestRuntime } from '../support/runtime.js';
import { createTestStore, storeKinds, type TestStore } from '../support/stores.js';

const until = async (check: () => Promise<boolean>, ms = 15_000) => {
  for (const end = Date.now() + ms; Date.now() < end; await new Promise((r) => setTimeout(r, 25))) if (await check()) return;
  throw new Error('timed out');
};

describe.each(storeKinds)('sealers running on two nodes while they write (%s)', (kind) => {
  let store: TestStore;
  let nodes: Runtime[];
  beforeAll(async () => {
    store = await createTestStore(kind);
    nodes = [(await openTestRuntime(store)).runtime, (await openTestRuntime(store)).runtime];
  });
  afterAll(async () => {
    for (const n of nodes ?? []) await n.close();
    await store?.drop();
  });

  it('seal and sign everything within moments, into one consistent chain', async () => {
    // On PostgreSQL both nodes run a sealer and one leads. Two SQLite writers in one test process
    // would wait on each other's lock inside one thread, so there one node seals while both write.
    const sealing = kind === 'postgres' ? nodes : nodes.slice(0, 1);
    const sealers = sealing.map((n) => createAuditSealer(n.deps, { intervalMs: 20, checkpointMs: 50, maxBlock: 40 }));
    for (const s of sealers) s.start();
    try {
      await Promise.all(nodes.map((n, i) => writeReads(n, 300, i * 1000)));
      const trail = nodes[0]!.services.auditTrail;
      await until(async () => (await trail.verify()).signedEntries === 600);
      const report = await trail.verify();
      expect(report).toMatchObject({ ok: true, entries: 600, signedEntries: 600, pending: 0 });
      expect(report.blocks).toBeGreaterThan(1);
      if (kind === 'postgres') {
        const leaders = await sql<{ n: number }>`select count(*) as n from pg_locks where locktype = 'advisory' and granted and objid = hashtext('homeward.audit.sealer')::oid and database = (select oid from pg_database where datname = current_database())`.execute(nodes[0]!.deps.store.db);
        expect(Number(leaders.rows[0]!.n)).toBe(1);
      }
    } finally {
      for (const s of sealers) await s.stop();
    }
  });
});
