import type { Kysely } from 'kysely';
import type { Config } from '../config.js';
import { openSqliteReader } from '../store/sqlite.js';
import type { Store } from '../store/store.js';
import type { EntryTuple } from './core/canonical.js';
import type { BlockRecord, CheckpointRecord, TrailSource } from './core/verify.js';
import { chainStore, toTuple, type BlockRow, type ChainTables, type CheckpointRow } from './chain-store.js';

const blockBatch = 1000;
const entryColumns = 'seq, at, actor_id, actor_role, action, purpose, record_type, record_id, sections, detail';

/** canonicalEntry (audit/core/canonical.ts) written in SQLite's SQL: the same text, made without JavaScript. */
export const sqliteCanonical = entryColumns
  .split(', ')
  .map((c) => `coalesce(length(cast(${c} as blob)) || ':' || ${c}, '~')`)
  .join(' || ');

const toBlock = (b: BlockRow): BlockRecord => ({
  number: Number(b.number),
  size: Number(b.size),
  endPosition: Number(b.end_position),
  seqs: b.seqs,
  digests: Buffer.from(b.digests),
  hash: b.hash,
});

const toCheckpoint = (c: CheckpointRow): CheckpointRecord => ({
  block: Number(c.block),
  size: Number(c.size),
  hash: c.hash,
  at: c.at,
  keyId: c.key_id,
  signature: Buffer.from(c.signature, 'base64'),
});

/**
 * The trail as the verifier reads it. On SQLite, from a read-only connection of its own with
 * prepared statements returning arrays: ten million entries must be read in well under a minute,
 * and the query builder would cost more than the hashing. On PostgreSQL, a range query per block.
 */
export function openTrailSource(store: Store, config: Config): TrailSource & { close(): void } {
  if (config.database.kind === 'sqlite') return sqliteSource(config.database.file);
  return { ...postgresSource(store.db as Kysely<ChainTables>), close: () => {} };
}

function sqliteSource(file: string): TrailSource & { close(): void } {
  const raw = openSqliteReader(file);
  const blocks = raw.prepare('select * from audit_blocks where number > ? order by number limit ?');
  const range = raw.prepare(`select ${entryColumns} from audit_entries where seq between ? and ? order by seq`).raw();
  const canonicalRange = raw.prepare(`select count(*), coalesce(group_concat(${sqliteCanonical}, '' order by seq), '') from audit_entries where seq between ? and ?`).raw();
  const upTo = raw.prepare('select count(*) from audit_entries where seq <= ?').pluck();
  const after = raw.prepare('select count(*) from audit_entries where seq > ?').pluck();
  const seqsUpTo = raw.prepare('select seq, at from audit_entries where seq <= ? order by seq').raw();
  // One snapshot for the whole verification: entries written meanwhile do not make it inconsistent.
  raw.prepare('begin').run();
  return {
    async *blocks() {
      for (let last = 0; ; ) {
        const rows = blocks.all(last, blockBatch) as BlockRow[];
        if (!rows.length) return;
        yield rows.map(toBlock);
        last = Number(rows.at(-1)!.number);
      }
    },
    canonicalText(runs) {
      let count = 0;
      let text = '';
      for (const [a, b] of runs) {
        const [n, t] = canonicalRange.get(a, b) as [number, string];
        count += n;
        text += t;
      }
      return { count, text };
    },
    entries(runs) {
      if (runs.length === 1) return range.all(runs[0]![0], runs[0]![1]) as EntryTuple[];
      return runs.flatMap(([a, b]) => range.all(a, b) as EntryTuple[]);
    },
    checkpoints: async () => (raw.prepare('select * from audit_checkpoints order by block').all() as CheckpointRow[]).map(toCheckpoint),
    counts: async (seq) => ({ upTo: upTo.get(seq) as number, after: after.get(seq) as number }),
    async unsealed(seq, sealed) {
      const out: { seq: number; at: string }[] = [];
      for (const [s, at] of seqsUpTo.iterate(seq) as Iterable<[number, string]>) if (!sealed(s)) out.push({ seq: s, at });
      return out;
    },
    close() {
      raw.prepare('commit').run();
      raw.close();
    },
  };
}

function postgresSource(db: Kysely<ChainTables>): TrailSource {
  const count = async (op: '<=' | '>', seq: number) =>
    Number((await db.selectFrom('audit_entries').select((eb) => eb.fn.countAll<number>().as('n')).where('seq', op, seq).executeTakeFirstOrThrow()).n);
  return {
    async *blocks() {
      for (let last = 0; ; ) {
        const rows = await db.selectFrom('audit_blocks').selectAll().where('number', '>', last).orderBy('number').limit(blockBatch).execute();
        if (!rows.length) return;
        yield rows.map(toBlock);
        last = Number(rows.at(-1)!.number);
      }
    },
    async entries(runs) {
      const out: EntryTuple[] = [];
      for (const [a, b] of runs) {
        const rows = await db.selectFrom('audit_entries').selectAll().where('seq', '>=', a).where('seq', '<=', b).orderBy('seq').execute();
        for (const r of rows) out.push(toTuple(r as Parameters<typeof toTuple>[0]));
      }
      return out;
    },
    checkpoints: async () => (await chainStore.checkpoints(db)).map(toCheckpoint),
    counts: async (seq) => ({ upTo: await count('<=', seq), after: await count('>', seq) }),
    async unsealed(seq, sealed) {
      const rows = await db.selectFrom('audit_entries').select(['seq', 'at']).where('seq', '<=', seq).orderBy('seq').execute();
      return rows.filter((r) => !sealed(Number(r.seq))).map((r) => ({ seq: Number(r.seq), at: r.at }));
    },
  };
}
