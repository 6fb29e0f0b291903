import { generateKeyPairSync, sign, verify } from 'node:crypto';
import { buildBlock, emptyTrail, type NewBlock, type TrailHead } from '../../src/audit/core/block.js';
import type { EntryTuple } from '../../src/audit/core/canonical.js';
import { checkpointMessage, type SignedCheckpoint } from '../../src/audit/core/checkpoint.js';
import type { CheckpointRecord, TrailSource } from '../../src/audit/core/verify.js';

/** A trail held in memory, as the store would hold it, for tamper tests that mutate it thousands of times. */
export interface MemoryTrail {
  entries: EntryTuple[];
  blocks: NewBlock[];
  checkpoints: CheckpointRecord[];
}

const { privateKey, publicKey } = generateKeyPairSync('ed25519');
export const memoryKeyId = 'test-key';
export const verifyMemorySignature = (keyId: string, message: Buffer, signature: Buffer) =>
  keyId === memoryKeyId && verify(null, message, publicKey, signature);

const actions = ['read', 'list', 'application.submit', 'application.approve', 'special-categories.record'];

export function memoryEntry(seq: number): EntryTuple {
  return [
    seq,
    new Date(Date.UTC(2026, 0, 15, 9) + seq * 1000).toISOString(),
    seq % 7 === 0 ? null : `0199a1b2-${String(seq % 97).padStart(4, '0')}-7000-8000-000000000001`,
    ['registrar', 'reviewer', 'doctor', 'system'][seq % 4]!,
    actions[seq % actions.length]!,
    seq % 3 === 0 ? null : 'case-processing',
    'person',
    `0199a1b2-0000-7000-8000-${String(seq).padStart(12, '0')}`,
    seq % 5 === 0 ? null : '["identity","contact"]',
    seq % 11 === 0 ? '{"channel":"reception"}' : null,
  ];
}

export function signCheckpoint(head: TrailHead, at: string): CheckpointRecord {
  const claim = { block: head.number, size: head.endPosition, hash: head.hash, at };
  return { ...claim, keyId: memoryKeyId, signature: sign(null, checkpointMessage(claim), privateKey) };
}

export const asWitness = (c: CheckpointRecord): SignedCheckpoint => ({ ...c, signature: c.signature.toString('base64') });

/** `n` entries sealed in blocks of varied sizes, with a signed checkpoint every few blocks and at the end. */
export function memoryTrail(n: number): MemoryTrail {
  const entries = Array.from({ length: n }, (_, i) => memoryEntry(i + 1));
  const blocks: NewBlock[] = [];
  const checkpoints: CheckpointRecord[] = [];
  let head: TrailHead = emptyTrail;
  for (let i = 0, size = 1; i < n; i += size, size = (size * 7) % 613 || 1) {
    head = buildBlock(head, entries.slice(i, i + size));
    blocks.push(head as NewBlock);
    if (blocks.length % 4 === 0 || i + size >= n) checkpoints.push(signCheckpoint(head, '2026-01-16T00:00:00.000Z'));
  }
  return { entries, blocks, checkpoints };
}

export function cloneTrail(t: MemoryTrail): MemoryTrail {
  return { entries: t.entries.map((e) => [...e] as unknown as EntryTuple), blocks: t.blocks.map((b) => ({ ...b })), checkpoints: [...t.checkpoints] };
}

export function memorySource(t: MemoryTrail): TrailSource {
  const bySeq = new Map(t.entries.map((e) => [e[0], e]));
  const sealedSeqs = () => new Set(t.blocks.flatMap((b) => b.seqs.split(',').flatMap((r) => {
    const [a, z = a] = r.split('-').map(Number);
    return Array.from({ length: z! - a! + 1 }, (_, k) => a! + k);
  })));
  return {
    async *blocks() {
      yield t.blocks.map((b) => ({ number: b.number, size: b.size, endPosition: b.endPosition, seqs: b.seqs, digests: b.digests, hash: b.hash }));
    },
    entries: (runs) => runs.flatMap(([a, b]) => Array.from({ length: b - a + 1 }, (_, k) => bySeq.get(a + k)).filter((e): e is EntryTuple => e !== undefined)),
    checkpoints: async () => t.checkpoints,
    async counts(seq) {
      return { upTo: t.entries.filter((e) => e[0] <= seq).length, after: t.entries.filter((e) => e[0] > seq).length };
    },
    async unsealed(seq) {
      const sealed = sealedSeqs();
      return t.entries.filter((e) => e[0] <= seq && !sealed.has(e[0])).map((e) => ({ seq: e[0], at: e[1] }));
    },
  };
}
