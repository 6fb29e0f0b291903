import type { Kysely } from 'kysely';
import type { EntryTuple } from './core/canonical.js';
import type { NewBlock, TrailHead } from './core/block.js';
import type { CheckpointClaim } from './core/checkpoint.js';
import type { AuditTables } from './store.js';

interface AuditBlocksTable {
  number: number;
  size: number;
  end_position: number;
  high_seq: number;
  seqs: string;
  digests: Buffer;
  hash: string;
  sealed_at: string;
}

interface AuditCheckpointsTable {
  block: number;
  size: number;
  hash: string;
  at: string;
  key_id: string;
  signature: string;
}

export interface ChainTables extends AuditTables {
  audit_blocks: AuditBlocksTable;
  audit_checkpoints: AuditCheckpointsTable;
}

export type BlockRow = AuditBlocksTable;
export type CheckpointRow = AuditCheckpointsTable;
type Db = Kysely<ChainTables>;

const entrySelection = ['seq', 'at', 'actor_id', 'actor_role', 'action', 'purpose', 'record_type', 'record_id', 'sections', 'detail'] as const;

type EntryObject = { seq: number; at: string; actor_id: string | null; actor_role: string; action: string; purpose: string | null; record_type: string | null; record_id: string | null; sections: string | null; detail: string | null };

export const toTuple = (e: EntryObject): EntryTuple => [Number(e.seq), e.at, e.actor_id, e.actor_role, e.action, e.purpose, e.record_type, e.record_id, e.sections, e.detail];

export const chainStore = {
  async head(db: Db): Promise<TrailHead | undefined> {
    const b = await db.selectFrom('audit_blocks').select(['number', 'end_position', 'high_seq', 'hash']).orderBy('number', 'desc').limit(1).executeTakeFirst();
    return b && { number: Number(b.number), endPosition: Number(b.end_position), highSeq: Number(b.high_seq), hash: b.hash };
  },

  /**
   * Blocks sealed since `since` among the last `lookback` blocks (by primary key: the table grows
   * by a block a second), and the highest sequence number sealed before them: where late entries
   * can still turn up.
   */
  async recentBlocks(db: Db, head: number, since: string, lookback: number) {
    const last = await db
      .selectFrom('audit_blocks')
      .select(['number', 'seqs', 'high_seq', 'sealed_at'])
      .where('number', '>', head - lookback - 1)
      .orderBy('number')
      .execute();
    const first = last.findIndex((b) => b.sealed_at >= since);
    const recent = first < 0 ? [] : last.slice(first);
    const before = first < 0 ? last.at(-1) : last[first - 1];
    if (before || !recent.length || Number(recent[0]!.number) === 1) return { recent, lowSeq: Number(before?.high_seq ?? 0) };
    // Every block looked at is recent (a backlog was sealed fast): look no lower than they start.
    return { recent, lowSeq: Math.min(...recent.map((b) => Number(b.seqs.split(/[-,]/)[0]))) - 1 };
  },

  async entriesAfter(db: Db, seq: number, limit: number): Promise<EntryTuple[]> {
    const rows = await db.selectFrom('audit_entries').select(entrySelection).where('seq', '>', seq).orderBy('seq').limit(limit).execute();
    return rows.map((r) => toTuple(r as EntryObject));
  },

  async entriesWithSeqs(db: Db, seqs: readonly number[]): Promise<EntryTuple[]> {
    const out: EntryTuple[] = [];
    for (let i = 0; i < seqs.length; i += 1000) {
      const rows = await db.selectFrom('audit_entries').select(entrySelection).where('seq', 'in', seqs.slice(i, i + 1000)).execute();
      out.push(...rows.map((r) => toTuple(r as EntryObject)));
    }
    return out;
  },

  insertBlock: (db: Db, b: NewBlock, sealedAt: string) =>
    db
      .insertInto('audit_blocks')
      .values({ number: b.number, size: b.size, end_position: b.endPosition, high_seq: b.highSeq, seqs: b.seqs, digests: b.digests, hash: b.hash, sealed_at: sealedAt })
      .execute(),

  lastCheckpoint: (db: Db) => db.selectFrom('audit_checkpoints').selectAll().orderBy('block', 'desc').limit(1).executeTakeFirst(),

  insertCheckpoint: (db: Db, c: CheckpointClaim, keyId: string, signature: Buffer) =>
    db.insertInto('audit_checkpoints').values({ ...c, key_id: keyId, signature: signature.toString('base64') }).execute(),

  checkpoints: (db: Db) => db.selectFrom('audit_checkpoints').selectAll().orderBy('block').execute(),
};
