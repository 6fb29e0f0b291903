import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { verifyTrail, type TrailReport } from '../../src/audit/core/verify.js';
import { buildBlock, emptyTrail } from '../../src/audit/core/block.js';
import type { EntryTuple } from '../../src/audit/core/canonical.js';
import { asWitness, cloneTrail, memoryEntry, memorySource, memoryTrail, signCheckpoint, verifyMemorySignature, type MemoryTrail } from '../support/trail.js';

const n = 10_000;
const trail = memoryTrail(n);
const finalCheckpoint = asWitness(trail.checkpoints.at(-1)!);
/** Verifies as the data-protection officer would: with the last checkpoint they exported as the witness, unless told otherwise. */
const verify = (t: MemoryTrail, { witness = true, now = '2026-02-01T00:00:00Z' } = {}): Promise<TrailReport> =>
  verifyTrail(memorySource(t), { verifySignature: verifyMemorySignature, ...(witness ? { witness: finalCheckpoint } : {}), now: new Date(now), graceMs: 120_000 });

/** Positions where a mistake is most likely: the ends, and the first and last entry of each block. */
const edges = [...new Set([1, n, ...trail.blocks.flatMap((b) => [b.endPosition - b.size + 1, b.endPosition])])];
const position = fc.oneof(fc.integer({ min: 1, max: n }), fc.constantFrom(...edges));
const runs = { numRuns: 60 };

describe(`a ${n.toLocaleString('en')}-entry audit trail`, () => {
  it('verifies as it was sealed: every entry proven by a signed checkpoint', async () => {
    const report = await verify(trail);
    expect(report).toMatchObject({ ok: true, entries: n, signedEntries: n, problems: [] });
    expect(report.blocks).toBe(trail.blocks.length);
  });

  it('detects any change to any column of any entry, at its position', async () => {
    await fc.assert(
      fc.asyncProperty(position, fc.integer({ min: 1, max: 9 }), fc.oneof(fc.string(), fc.constant(null)), async (p, column, value) => {
        const t = cloneTrail(trail);
        const entry = t.entries[p - 1] as unknown as (string | number | null)[];
        fc.pre(entry[column] !== value);
        entry[column] = value;
        const report = await verify(t);
        expect(report.ok).toBe(false);
        expect(report.firstBadPosition).toBe(p);
      }),
      runs,
    );
  });

  it('detects the deletion of any single entry, at its position', async () => {
    await fc.assert(
      fc.asyncProperty(position, async (p) => {
        const t = cloneTrail(trail);
        t.entries.splice(p - 1, 1);
        const report = await verify(t);
        expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'entry-missing', position: p }));
        expect(report.firstBadPosition).toBe(p);
      }),
      runs,
    );
  });

  it('detects any two entries swapped (rows reordered), at the first of them', async () => {
    await fc.assert(
      fc.asyncProperty(position, position, async (p, q) => {
        fc.pre(p !== q);
        const t = cloneTrail(trail);
        const [a, b] = [t.entries[p - 1]!, t.entries[q - 1]!];
        // A reorder keeps the sequence numbers where they are and moves the rows' contents.
        t.entries[p - 1] = [a[0], ...b.slice(1)] as unknown as EntryTuple;
        t.entries[q - 1] = [b[0], ...a.slice(1)] as unknown as EntryTuple;
        const report = await verify(t);
        expect(report.ok).toBe(false);
        expect(report.firstBadPosition).toBe(Math.min(p, q));
      }),
      runs,
    );
  });

  it('detects a block whose order of entries was rewritten', async () => {
    const t = cloneTrail(trail);
    const block = t.blocks.find((b) => b.size > 10)!;
    const first = block.endPosition - block.size + 1;
    block.seqs = `${first + 1},${first},${first + 2}-${block.endPosition}`;
    expect((await verify(t)).firstBadPosition).toBe(first);
  });

  it('detects the tail cut off at any point, even with its blocks and checkpoints removed (via the witness checkpoint)', async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: n - 1 }), async (keep) => {
        const t = cloneTrail(trail);
        t.entries.length = keep;
        const withEntriesOnly = await verify(t, { witness: false });
        expect(withEntriesOnly.firstBadPosition).toBe(keep + 1);

        // The intruder also drops the blocks and checkpoints past the cut and re-seals nothing.
        t.blocks = t.blocks.filter((b) => b.endPosition <= keep);
        t.entries.length = t.blocks.at(-1)?.endPosition ?? 0;
        t.checkpoints = t.checkpoints.filter((c) => c.size <= (t.blocks.at(-1)?.endPosition ?? 0));
        const cut = t.blocks.at(-1)?.endPosition ?? 0;
        expect((await verify(t, { witness: false })).ok).toBe(true);
        const report = await verify(t);
        expect(report.problems).toContainEqual(expect.objectContaining({ kind: 'truncated', position: cut + 1 }));
      }),
      runs,
    );
  });

  it('detects a forged or altered checkpoint, and a witness from another trail', async () => {
    const forged = cloneTrail(trail);
    forged.checkpoints[0] = { ...forged.checkpoints[0]!, hash: 'f'.repeat(64) };
    expect((await verify(forged)).problems).toEqual([{ kind: 'checkpoint-signature', block: forged.checkpoints[0]!.block }]);
    const other = memoryTrail(50);
    const report = await verifyTrail(memorySource(trail), {
      verifySignature: verifyMemorySignature,
      witness: asWitness(other.checkpoints.at(-1)!),
      now: new Date(),
      graceMs: 0,
    });
    expect(report.problems).toEqual([expect.objectContaining({ kind: 'witness-mismatch' })]);
  });

  it('detects an old entry slipped in among sealed ones, and leaves recent unsealed ones pending', async () => {
    // Sequence number 51 was never used (a rolled-back transaction on PostgreSQL): the trail skips it.
    const entries = Array.from({ length: 100 }, (_, i) => memoryEntry(i + 1));
    const sealedOnes = entries.filter((e) => e[0] !== 51);
    const block = buildBlock(emptyTrail, sealedOnes);
    const t: MemoryTrail = { entries: sealedOnes, blocks: [block], checkpoints: [signCheckpoint(block, '2026-01-16T00:00:00.000Z')] };
    expect((await verify(t, { witness: false })).ok).toBe(true);

    t.entries = [...sealedOnes, entries[50]!].sort((a, b) => a[0] - b[0]);
    const slipped = await verify(t, { witness: false });
    expect(slipped.problems).toEqual([{ kind: 'entry-not-sealed', seq: 51 }]);
    const recent = await verify(t, { witness: false, now: entries[50]![1] });
    expect(recent).toMatchObject({ ok: true, pending: 1 });
  });
});
