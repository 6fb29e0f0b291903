import { blockHash, canonicalEntry, entryDigest, genesisHash, type EntryTuple } from './canonical.js';
import { checkpointMessage, type CheckpointClaim, type SignedCheckpoint } from './checkpoint.js';
import { decodeRuns, runLength, type Run } from './seq-ranges.js';

export interface BlockRecord {
  number: number;
  size: number;
  /** Entries in the trail up to and including this block. */
  endPosition: number;
  seqs: string;
  /** 8 bytes per entry (see canonical.ts): not trusted, only used to point at what changed. */
  digests: Buffer;
  hash: string;
}

export interface CheckpointRecord extends CheckpointClaim {
  keyId: string;
  signature: Buffer;
}

/** Where the verifier reads the trail from: the store, or memory in tests. */
export interface TrailSource {
  /** Every block, in batches, in number order. */
  blocks(): AsyncIterable<readonly BlockRecord[]>;
  /** The entries with these sequence numbers that exist, run by run in the order given, each run ascending. */
  entries(runs: readonly Run[]): Promise<readonly EntryTuple[]> | readonly EntryTuple[];
  /**
   * Optionally, the same entries already in canonical form, concatenated, with how many there
   * are: much cheaper to read. Used first; `entries` only for a block that does not verify.
   */
  canonicalText?(runs: readonly Run[]): { count: number; text: string };
  checkpoints(): Promise<readonly CheckpointRecord[]>;
  /** Entries with a sequence number at most `seq` (sealed or not), and the unsealed ones after it. */
  counts(seq: number): Promise<{ upTo: number; after: number }>;
  /** The sequence numbers and times of entries at most `seq` that `sealed` does not hold (slow; only on a mismatch). */
  unsealed(seq: number, sealed: (seq: number) => boolean): Promise<{ seq: number; at: string }[]>;
}

export type ProblemKind =
  | 'checkpoint-signature'
  | 'checkpoint-mismatch'
  | 'block-missing'
  | 'block-altered'
  | 'entry-missing'
  | 'entry-altered'
  | 'entry-sealed-twice'
  | 'entry-not-sealed'
  | 'truncated'
  | 'witness-signature'
  | 'witness-mismatch';

export interface TrailProblem {
  kind: ProblemKind;
  /** 1-based position in the trail, where one can be named. */
  position?: number;
  block?: number;
  seq?: number;
}

export interface TrailReport {
  ok: boolean;
  /** Entries sealed into blocks, blocks, and checkpoints found. */
  entries: number;
  blocks: number;
  checkpoints: number;
  /** Entries covered by the newest checkpoint whose signature holds: proven, not just linked. */
  signedEntries: number;
  /** Entries written but not sealed yet (normal for the last seconds). */
  pending: number;
  firstBadPosition?: number;
  problems: TrailProblem[];
}

export interface VerifyOptions {
  verifySignature(keyId: string, message: Buffer, signature: Buffer): boolean;
  /** A checkpoint kept outside the database: the trail must still extend it. */
  witness?: SignedCheckpoint;
  /** Unsealed entries older than this, among sealed ones, are reported (they were slipped in). */
  now: Date;
  graceMs: number;
  /** Told the number of entries read so far, after each block. */
  onProgress?: (entries: number) => void;
}

/** A growable bit set of sequence numbers, to catch an entry sealed twice without a Set of millions. */
function seqBits() {
  let bits = new Uint8Array(1 << 16);
  return {
    has: (s: number) => (s >> 3) < bits.length && (bits[s >> 3]! & (1 << (s & 7))) !== 0,
    add(s: number) {
      if (s >> 3 >= bits.length) {
        const grown = new Uint8Array(Math.max(bits.length * 2, (s >> 3) + 1));
        grown.set(bits);
        bits = grown;
      }
      bits[s >> 3]! |= 1 << (s & 7);
    },
  };
}

/**
 * Proves the trail consistent: recomputes every block's hash from the entries themselves, checks
 * that blocks follow each other without a gap, that every signed checkpoint's signature holds and
 * matches the recomputed trail at its block, that no sealed entry is missing, altered, moved or
 * sealed twice, and that no old entry sits among sealed ones without being sealed (inserted).
 * It reads the trail once, block by block, and reports every problem with the first bad position.
 */
export async function verifyTrail(source: TrailSource, options: VerifyOptions): Promise<TrailReport> {
  const problems: TrailProblem[] = [];
  const checkpoints = await source.checkpoints();
  /** Trusted claims about the trail, by block: signed checkpoints from the store, and the witness. */
  const claims = new Map<number, { claim: CheckpointClaim; kind: 'checkpoint-mismatch' | 'witness-mismatch' }[]>();
  const claim = (c: CheckpointClaim, kind: 'checkpoint-mismatch' | 'witness-mismatch') => claims.set(c.block, [...(claims.get(c.block) ?? []), { claim: c, kind }]);
  for (const c of checkpoints) {
    if (options.verifySignature(c.keyId, checkpointMessage(c), c.signature)) claim(c, 'checkpoint-mismatch');
    else problems.push({ kind: 'checkpoint-signature', block: c.block });
  }
  const witness = options.witness;
  if (witness) {
    if (options.verifySignature(witness.keyId, checkpointMessage(witness), Buffer.from(witness.signature, 'base64'))) claim(witness, 'witness-mismatch');
    else problems.push({ kind: 'witness-signature', block: witness.block });
  }

  const sealed = seqBits();
  let previous = genesisHash;
  let expectedNumber = 1;
  let position = 0;
  let highSeq = 0;
  let signedEntries = 0;
  /** The end of the trail as last proven by a claim, and whether a problem was pinned down since. */
  let provenEnd = 0;
  let pinnedSinceProven = false;
  const seen = new Set<number>();
  const report = (p: TrailProblem) => {
    problems.push(p);
    if (p.position !== undefined) pinnedSinceProven = true;
  };
  /** Holds the claims made about this block against what was recomputed. */
  const settle = (number: number, hash: string) => {
    seen.add(number);
    for (const { claim: c, kind } of claims.get(number) ?? []) {
      if (c.hash === hash && c.size === position) {
        if (kind === 'checkpoint-mismatch') signedEntries = c.size;
        provenEnd = c.size;
        pinnedSinceProven = false;
      } else {
        // Entries and stored hashes were rewritten together: the change lies after the last proven end.
        problems.push({ kind, block: number, ...(pinnedSinceProven ? {} : { position: provenEnd + 1 }) });
      }
    }
  };

  for await (const batch of source.blocks()) {
    for (const block of batch) {
      if (block.number !== expectedNumber) report({ kind: 'block-missing', block: expectedNumber, position: position + 1 });
      expectedNumber = block.number + 1;
      const runs = decodeRuns(block.seqs);
      const fast = source.canonicalText?.(runs);
      if (fast && fast.count === block.size && runLength(runs) === block.size && position + block.size === block.endPosition) {
        const hash = blockHash(block.number, previous, [fast.text]);
        if (hash === block.hash) {
          for (const [a, b] of runs) {
            for (let seq = a; seq <= b; seq++) {
              if (sealed.has(seq)) report({ kind: 'entry-sealed-twice', position: position + 1 + seq - a, block: block.number, seq });
              sealed.add(seq);
            }
            if (b > highSeq) highSeq = b;
          }
          position += block.size;
          settle(block.number, hash);
          previous = block.hash;
          options.onProgress?.(position);
          continue;
        }
      }
      const found = await source.entries(runs);
      const canonicals: string[] = [];
      let f = 0;
      let firstProblemInBlock: TrailProblem | undefined;
      for (const [a, b] of runs) {
        for (let seq = a; seq <= b; seq++) {
          const p = position + canonicals.length + 1;
          if (sealed.has(seq)) report({ kind: 'entry-sealed-twice', position: p, block: block.number, seq });
          sealed.add(seq);
          if (seq > highSeq) highSeq = seq;
          const entry = found[f];
          if (!entry || entry[0] !== seq) {
            firstProblemInBlock ??= { kind: 'entry-missing', position: p, block: block.number, seq };
            canonicals.push('');
            continue;
          }
          f++;
          canonicals.push(canonicalEntry(entry));
        }
      }
      const hash = blockHash(block.number, previous, canonicals);
      if (!firstProblemInBlock && (hash !== block.hash || canonicals.length !== block.size || position + block.size !== block.endPosition)) {
        const i = canonicals.findIndex((c, k) => !entryDigest(c).equals(block.digests.subarray(k * 8, k * 8 + 8)));
        firstProblemInBlock =
          i >= 0 && canonicals.length === block.size
            ? { kind: 'entry-altered', position: position + i + 1, block: block.number, seq: seqAt(runs, i) }
            : { kind: 'block-altered', position: position + 1, block: block.number };
      }
      if (firstProblemInBlock) report(firstProblemInBlock);
      position += canonicals.length;
      settle(block.number, hash);
      // Go on from the stored hash: one altered block is reported once, not as every block after it.
      previous = block.hash;
      options.onProgress?.(position);
    }
  }

  for (const [block, list] of claims) {
    if (!seen.has(block)) for (const _ of list) problems.push({ kind: 'truncated', block, position: position + 1 });
  }

  const counts = await source.counts(highSeq);
  if (counts.upTo !== position) {
    const cutoff = options.now.getTime() - options.graceMs;
    for (const e of await source.unsealed(highSeq, sealed.has)) {
      if (Date.parse(e.at) < cutoff) problems.push({ kind: 'entry-not-sealed', seq: e.seq });
    }
  }

  const positions = problems.map((p) => p.position).filter((p): p is number => p !== undefined);
  return {
    ok: problems.length === 0,
    entries: position,
    blocks: expectedNumber - 1,
    checkpoints: checkpoints.length,
    signedEntries,
    pending: counts.after + Math.max(0, counts.upTo - position),
    ...(positions.length ? { firstBadPosition: Math.min(...positions) } : {}),
    problems,
  };
}

function seqAt(runs: readonly Run[], index: number): number {
  let i = index;
  for (const [a, b] of runs) {
    if (i <= b - a) return a + i;
    i -= b - a + 1;
  }
  return -1;
}
