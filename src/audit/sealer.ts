import type { Kysely } from 'kysely';
import type { Deps } from '../context.js';
import { buildBlock, emptyTrail } from './core/block.js';
import { checkpointMessage, type CheckpointClaim } from './core/checkpoint.js';
import { decodeRuns, uncovered } from './core/seq-ranges.js';
import { chainStore, type ChainTables } from './chain-store.js';
import { sealerLeadership } from './leadership.js';

export interface SealerOptions {
  /** How often the sealer looks for new entries. */
  intervalMs?: number;
  /** How often it signs a checkpoint, when something was sealed since the last one. */
  checkpointMs?: number;
  /** The most entries in one block. */
  maxBlock?: number;
  /** How long an entry may commit after others with later sequence numbers (PostgreSQL) and still be sealed. */
  graceMs?: number;
}

export const sealerDefaults = { intervalMs: 1000, checkpointMs: 5000, maxBlock: 10_000, graceMs: 120_000 };

/** How many of the newest blocks may hold the numbers late entries were skipped at: more than the grace period makes. */
const lookbackBlocks = 1000;

/**
 * Links committed audit entries into the hash chain, after the fact. Writers only insert entries
 * (in their own transactions or the group commit), so nothing on the intake path waits for the
 * chain, on any number of nodes; one sealer at a time appends blocks of the entries committed
 * since, and every few seconds signs a checkpoint of the head.
 *
 * On PostgreSQL sequence numbers are taken before commit, so an entry can become visible after
 * one with a later number was sealed. Those late entries are found among the numbers that recent
 * blocks skipped and sealed in a later block: the trail's order is the order of sealing, which the
 * blocks record. A number still missing after `graceMs` belonged to a transaction that rolled back.
 *
 * The window: an entry is linked within about `intervalMs` of its commit and signed within about
 * `checkpointMs`; until then someone able to write to the database could change it unseen. Five
 * seconds leaves no time to act by hand and costs at most one signature per five seconds.
 */
export function createAuditSealer({ store, clock, log, keys, config }: Deps, options: SealerOptions = {}) {
  const o = { ...sealerDefaults, ...options };
  const db = store.db as Kysely<ChainTables>;
  const leadership = sealerLeadership(store, config.database.kind === 'postgres' ? config.database.url : undefined);
  let timer: NodeJS.Timeout | undefined;
  let running = false;
  let current: Promise<void> = Promise.resolve();

  /** Late entries: among the numbers recent blocks skipped. */
  async function lateEntries(head: typeof emptyTrail, now: Date) {
    const { recent, lowSeq } = await chainStore.recentBlocks(db, head.number, new Date(now.getTime() - o.graceMs).toISOString(), lookbackBlocks);
    const skipped = uncovered(recent.flatMap((b) => decodeRuns(b.seqs)), lowSeq, head.highSeq).slice(-o.maxBlock);
    return skipped.length ? await chainStore.entriesWithSeqs(db, skipped) : [];
  }

  /**
   * On SQLite one writer at a time takes numbers and commits, so entries become visible in the
   * order of their numbers and none can turn up late: the look back (which reads hundreds of
   * blocks, every second) is for PostgreSQL only.
   */
  const latePossible = store.dialect === 'postgres';

  /** Entries committed since the last block, and late ones. */
  async function pending(head: typeof emptyTrail, now: Date) {
    const late = latePossible ? await lateEntries(head, now) : [];
    const fresh = await chainStore.entriesAfter(db, head.highSeq, o.maxBlock - late.length);
    return [...late, ...fresh].sort((a, b) => a[0] - b[0]);
  }

  /**
   * One round: seals what is pending as one block and signs a checkpoint if one is due (or
   * `checkpoint` asks for it). Returns the number of entries sealed.
   */
  async function sealOnce({ checkpoint = false } = {}): Promise<number> {
    const now = clock.now();
    const head = (await chainStore.head(db)) ?? emptyTrail;
    const entries = await pending(head, now);
    const block = entries.length ? buildBlock(head, entries) : undefined;
    const top = block ?? head;
    const last = await chainStore.lastCheckpoint(db);
    const due = top.number > Number(last?.block ?? 0) && (checkpoint || !last || now.getTime() - Date.parse(last.at) >= o.checkpointMs);
    if (!block && !due) return 0;
    const claim: CheckpointClaim = { block: top.number, size: top.endPosition, hash: top.hash, at: now.toISOString() };
    const signature = due ? keys.signer.sign(checkpointMessage(claim)) : undefined;
    const sealed = await store.transaction(async (trx) => {
      // Another sealer appended meanwhile: this round's block would fork the chain; drop it.
      if (((await chainStore.head(trx as Kysely<ChainTables>))?.number ?? 0) !== head.number) return false;
      if (block) await chainStore.insertBlock(trx as Kysely<ChainTables>, block, now.toISOString());
      if (signature) await chainStore.insertCheckpoint(trx as Kysely<ChainTables>, claim, keys.signer.keyId, signature);
      return true;
    });
    return sealed ? entries.length : 0;
  }

  async function round() {
    try {
      if (!(await leadership.acquire())) return;
      // Catch up in full blocks after a pause, then wait for the next interval.
      while (running && (await sealOnce()) >= o.maxBlock);
    } catch (err) {
      log.warn({ err }, 'sealing the audit trail failed; retrying');
    }
  }

  function schedule() {
    if (!running) return;
    timer = setTimeout(() => {
      current = round().finally(schedule);
    }, o.intervalMs);
  }

  return {
    graceMs: o.graceMs,
    sealOnce,

    /** Seals until nothing is pending and signs a checkpoint of the head (tests, `homeward audit seal`). */
    async sealAll(): Promise<number> {
      let total = 0;
      for (let n = await sealOnce(); n > 0; n = await sealOnce()) total += n;
      await sealOnce({ checkpoint: true });
      return total;
    },

    start() {
      running = true;
      schedule();
    },

    async stop() {
      running = false;
      clearTimeout(timer);
      await current;
      await leadership.release();
    },
  };
}

export type AuditSealer = ReturnType<typeof createAuditSealer>;
