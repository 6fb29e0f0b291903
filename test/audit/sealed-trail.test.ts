import { sql } from 'kysely';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAuditSealer } from '../../src/audit/sealer.js';
import type { Runtime } from '../../src/runtime.js';
import { disableAppendOnly, writeReads } from '../support/audit.js';
import { openTestRuntime } from '../support/runtime.js';
import { createTestStore, storeKinds, type TestStore } from '../support/stores.js';

describe.each(storeKinds)('the sealed audit trail in the store (%s)', (kind) => {
  let store: TestStore;
  let runtime: Runtime;
  const sealer = () => createAuditSealer(runtime.deps, { maxBlock: 97 });

  beforeEach(async () => {
    store = await createTestStore(kind);
    runtime = (await openTestRuntime(store)).runtime;
    await writeReads(runtime, 600);
  });
  afterEach(async () => {
    await runtime.close();
    await store.drop();
  });

  const verify = () => runtime.services.auditTrail.verify();
  const entries = () => runtime.deps.store.db.selectFrom('audit_entries').selectAll().orderBy('seq').execute();

  it('seals every entry in blocks and proves all of them with a signed checkpoint', async () => {
    const total = (await entries()).length;
    expect(await verify()).toMatchObject({ ok: true, entries: 0, pending: total });
    expect(await sealer().sealAll()).toBe(total);
    const report = await verify();
    expect(report).toMatchObject({ ok: true, entries: total, signedEntries: total, pending: 0, problems: [] });
    expect(report.blocks).toBe(Math.ceil(total / 97));

    await writeReads(runtime, 10, 600);
    expect(await verify()).toMatchObject({ ok: true, pending: 10 });
    await sealer().sealAll();
    expect(await verify()).toMatchObject({ ok: true, entries: total + 10, signedEntries: total + 10 });
  });

  it('refuses UPDATE, DELETE (and on PostgreSQL TRUNCATE) of audit entries, blocks and checkpoints', async () => {
    await sealer().sealAll();
    const { writer } = runtime.deps.store;
    for (const [table, column] of [['audit_entries', 'action'], ['audit_blocks', 'hash'], ['audit_checkpoints', 'hash']] as const) {
      await expect(sql`update ${sql.table(table)} set ${sql.ref(column)} = ${sql.ref(column)}`.execute(writer)).rejects.toThrow(/append-only/);
      await expect(sql`delete from ${sql.table(table)}`.execute(writer)).rejects.toThrow(/append-only/);
      if (kind === 'postgres') await expect(sql`truncate ${sql.table(table)}`.execute(writer)).rejects.toThrow(/append-only/);
    }
    expect((await verify()).ok).toBe(true);
  });

  it('names the position of an altered, a deleted and a reordered entry, and a cut tail (with the witness)', async () => {
    await sealer().sealAll();
    const witness = await runtime.services.auditTrail.latestCheckpoint();
    await disableAppendOnly(runtime);
    const rows = await entries();
    const { writer } = runtime.deps.store;
    const positionOf = (seq: number) => rows.findIndex((r) => r.seq === seq) + 1;

    await sql`update audit_entries set purpose = 'curiosity' where seq = ${rows[420]!.seq}`.execute(writer);
    let report = await verify();
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'entry-altered', position: 421 })]);
    await sql`update audit_entries set purpose = 'case-processing' where seq = ${rows[420]!.seq}`.execute(writer);

    await sql`delete from audit_entries where seq = ${rows[99]!.seq}`.execute(writer);
    report = await verify();
    expect(report).toMatchObject({ ok: false, firstBadPosition: positionOf(rows[99]!.seq) });
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'entry-missing', position: 100 })]);

    // Reorder: swap what two rows say, leaving their sequence numbers.
    const [a, b] = [rows[10]!, rows[500]!];
    await sql`update audit_entries set actor_id = ${b.actor_id}, record_id = ${b.record_id} where seq = ${a.seq}`.execute(writer);
    await sql`update audit_entries set actor_id = ${a.actor_id}, record_id = ${a.record_id} where seq = ${b.seq}`.execute(writer);
    expect((await verify()).firstBadPosition).toBe(11);

    // Cut the tail with its blocks and checkpoints: only the witness kept outside shows it.
    const keepBlocks = 3;
    const kept = await runtime.deps.store.db.selectFrom('audit_blocks').selectAll().where('number', '=', keepBlocks).executeTakeFirstOrThrow();
    await sql`delete from audit_checkpoints`.execute(writer);
    await sql`delete from audit_blocks where number > ${keepBlocks}`.execute(writer);
    await sql`delete from audit_entries where seq > ${kept.high_seq}`.execute(writer);
    report = await runtime.services.auditTrail.verify(witness);
    expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'truncated', position: Number(kept.end_position) + 1 }));
  });
});

describe.skipIf(!storeKinds.includes('postgres'))('late commits on PostgreSQL', () => {
  let store: TestStore;
  let runtime: Runtime;
  beforeAll(async () => {
    store = await createTestStore('postgres');
    runtime = (await openTestRuntime(store)).runtime;
  });
  afterAll(async () => {
    await runtime?.close();
    await store?.drop();
  });

  it('seals an entry that committed after entries with later sequence numbers were sealed', async () => {
    const { store: s } = runtime.deps;
    const client = await s.pool!.connect();
    try {
      await client.query('begin');
      await client.query(`insert into audit_entries (at, actor_role, action) values (now(), 'system', 'slow-transaction')`);
      await writeReads(runtime, 50);
      const sealer = createAuditSealer(runtime.deps);
      expect(await sealer.sealAll()).toBe(50);
      await client.query('commit');
      expect(await runtime.services.auditTrail.verify()).toMatchObject({ ok: true, pending: 1 });
      expect(await sealer.sealAll()).toBe(1);
      expect(await runtime.services.auditTrail.verify()).toMatchObject({ ok: true, entries: 51, signedEntries: 51, pending: 0 });
    } finally {
      client.release();
    }
  });
});
