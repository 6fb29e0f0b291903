import { blockHash, canonicalEntry, entryDigest, genesisHash, type EntryTuple } from './canonical.js';
import { encodeRuns } from './seq-ranges.js';

/** The end of the trail as sealed so far: what the next block links to. */
export interface TrailHead {
  number: number;
  endPosition: number;
  highSeq: number;
  hash: string;
}

export const emptyTrail: TrailHead = { number: 0, endPosition: 0, highSeq: 0, hash: genesisHash };

export interface NewBlock extends TrailHead {
  size: number;
  seqs: string;
  digests: Buffer;
}

/** Seals entries (in ascending sequence order) as the block after `head`. */
export function buildBlock(head: TrailHead, entries: readonly EntryTuple[]): NewBlock {
  const canonicals = entries.map(canonicalEntry);
  const number = head.number + 1;
  return {
    number,
    size: entries.length,
    endPosition: head.endPosition + entries.length,
    highSeq: Math.max(head.highSeq, ...entries.map((e) => e[0])),
    seqs: encodeRuns(entries.map((e) => e[0])),
    digests: Buffer.concat(canonicals.map(entryDigest)),
    hash: blockHash(number, head.hash, canonicals),
  };
}
