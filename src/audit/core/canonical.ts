import { hash } from 'node:crypto';

/** An audit entry as the trail hashes it: its columns in this order, as the store returns them. */
export type EntryTuple = readonly [
  seq: number,
  at: string,
  actorId: string | null,
  actorRole: string,
  action: string,
  purpose: string | null,
  recordType: string | null,
  recordId: string | null,
  sections: string | null,
  detail: string | null,
];

export const entryColumns = ['seq', 'at', 'actor_id', 'actor_role', 'action', 'purpose', 'record_type', 'record_id', 'sections', 'detail'] as const;

/**
 * One entry as text that no other entry has: every column as a netstring (`<UTF-8 length>:<text>`),
 * null as `~`. Lengths make it unambiguous — no value can borrow a neighbour's characters, and an
 * empty string differs from null — without escaping or JSON. Byte lengths, so that SQLite can
 * produce the same text itself when verifying (see `sqliteCanonical` in audit/trail-sources.ts).
 */
export function canonicalEntry(e: EntryTuple): string {
  let out = '';
  for (let i = 0; i < 10; i++) {
    const v = e[i] as string | number | null;
    if (v === null) out += '~';
    else {
      const s = typeof v === 'number' ? String(v) : v;
      out += `${Buffer.byteLength(s, 'utf8')}:${s}`;
    }
  }
  return out;
}

/** The first 8 bytes of an entry's SHA-256: stored per entry to point at the one that changed. */
export const entryDigest = (canonical: string): Buffer => hash('sha256', canonical, 'buffer').subarray(0, 8);

export const genesisHash = '0'.repeat(64);

/**
 * A block's hash: it covers its number, the previous block's hash and every entry in position
 * order, so that changing, removing, adding or reordering any entry, or any block, changes every
 * hash from there on — and the signed checkpoints no longer match.
 */
export function blockHash(number: number, previous: string, canonicals: readonly string[]): string {
  return hash('sha256', `hab1|${number}|${previous}|${canonicals.join('')}`, 'hex');
}
