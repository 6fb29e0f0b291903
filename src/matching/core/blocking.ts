/**
 * Candidate pairs from blocking rules, each pair produced once. Records meet when they share a
 * rule's key. A block larger than `maxBlockSize` (a very common name in a big population) is
 * not compared all-to-all: its records are sorted (sortKey) and each is compared with its next
 * `window - 1` neighbours (sorted neighbourhood), which bounds the work.
 * A pair an earlier rule already produced is skipped by checking that rule's keys, so no set of
 * seen pairs is kept in memory.
 */
import { type BlockingRule, PART_SPACE, type PartReader, partReader } from './blocking-keys.js';
import { NumberIds } from './number-ids.js';
import type { PreparedTable } from './prepare.js';
import type { ProgressCallback } from './types.js';

export interface BlockingOptions {
  /** blocks up to this size are compared all-to-all */
  maxBlockSize?: number;
  /** neighbours compared in a larger block */
  window?: number;
}

/**
 * Chosen for a million records in about half a minute of CPU on two cores: a block of 30 costs
 * 435 comparisons; beyond that each record meets its 7 nearest. On a million generated records
 * (far fewer distinct names than a real population, so far larger blocks) a window of 10 instead
 * of 8 found no more duplicates.
 */
export const DEFAULT_MAX_BLOCK_SIZE = 30;
export const DEFAULT_WINDOW = 8;

/**
 * One number per record for the rule: a single part as it is, two small parts packed exactly,
 * more parts hashed into 52 bits. A hash collision only merges two blocks, which costs a few
 * extra comparisons and changes no result. Numbers keep a million-record run free of millions of
 * temporary strings.
 */
function compose(parts: readonly number[]): number {
  if (parts.length === 1) return parts[0] as number;
  if (parts.length === 2 && parts.every((p) => p < PART_SPACE)) return (parts[0] as number) * PART_SPACE + (parts[1] as number);
  let high = 0x811c9dc5;
  let low = 0x01000193;
  for (const part of parts) {
    high = Math.imul(high ^ (part % 0x40000000), 0x9e3779b1) ^ Math.floor(part / 0x40000000);
    low = Math.imul(low ^ (part % 0x40000000), 0x85ebca77) ^ (high >>> 15);
  }
  return (high >>> 6) * PART_SPACE + (low >>> 6);
}

/**
 * Order inside an oversized block, so that a record's duplicates are its neighbours: by birth date
 * then given name when the rule fixes the date (one year, one day), by patronymic then birth date
 * when it does not (a name-only block, where the duplicate may have no date or a wrong one).
 */
function sortKey(t: PreparedTable, i: number, ruleHasDate: boolean): number {
  const date = (t.year[i] ?? 0) * 10_000 + (t.month[i] ?? 0) * 100 + (t.day[i] ?? 0);
  const second = ((ruleHasDate ? t.names.givenName.skeleton[i] : t.names.patronymic.skeleton[i]) ?? -1) + 1;
  return ruleHasDate ? date * 4_194_304 + (second % 4_194_304) : (second % 4_194_304) * 100_000_000 + date;
}

export type PairVisitor = (g: number, h: number) => void;

export class CandidatePairs {
  private readonly total: number;
  private readonly maxBlockSize: number;
  private readonly window: number;
  /**
   * For record g and rule r, at (g · rules + r) · 2: the record's block key under r (-1 when it has
   * none) and its rank in that block when the block was over the size limit (-1 otherwise). One
   * record's entries for every rule sit together, so checking the earlier rules for a pair touches
   * two cache lines rather than two per rule.
   */
  private readonly seen: Int32Array;
  private rulesDone = 0;
  /**
   * Working arrays for one rule at a time, allocated once: a fresh set per rule would make V8 run
   * a full collection of the whole heap for each rule.
   */
  private readonly scratch: { keys: Int32Array; blockSize: Int32Array; starts: Int32Array; grouped: Int32Array; ids: NumberIds };

  constructor(
    private readonly sides: readonly PreparedTable[],
    private readonly rules: readonly BlockingRule[],
    options: BlockingOptions = {},
  ) {
    this.total = sides.reduce((n, t) => n + t.size, 0);
    this.maxBlockSize = options.maxBlockSize ?? DEFAULT_MAX_BLOCK_SIZE;
    this.window = options.window ?? DEFAULT_WINDOW;
    this.seen = new Int32Array(this.total * rules.length * 2).fill(-1);
    this.scratch = {
      keys: new Int32Array(this.total),
      blockSize: new Int32Array(this.total),
      starts: new Int32Array(this.total + 1),
      grouped: new Int32Array(this.total),
      ids: new NumberIds(),
    };
  }

  /** Writes each record's block number under the rule (-1 when a part is missing); returns the count. */
  private ruleKeys(rule: BlockingRule): number {
    const readers = rule.map(partReader);
    const { keys, ids } = this.scratch;
    ids.clear();
    const parts = new Array<number>(readers.length).fill(0);
    for (let g = 0; g < this.total; g++) {
      const t = this.tableOf(g);
      const i = this.rowOf(g);
      let complete = true;
      for (let p = 0; p < readers.length && complete; p++) {
        parts[p] = (readers[p] as PartReader)(t, i);
        complete = (parts[p] as number) >= 0;
      }
      keys[g] = complete ? ids.id(compose(parts)) : -1;
    }
    return ids.size;
  }

  /** Pairs across the two tables (link) or within the one table (dedupe). */
  private wanted(g: number, h: number): boolean {
    if (this.sides.length === 1) return true;
    const first = (this.sides[0] as PreparedTable).size;
    return g < first !== h < first;
  }

  private coveredEarlier(g: number, h: number): boolean {
    const stride = this.rules.length * 2;
    for (let q = 0; q < this.rulesDone; q++) {
      const at = g * stride + q * 2;
      const bt = h * stride + q * 2;
      const key = this.seen[at] as number;
      if (key < 0 || key !== this.seen[bt]) continue;
      const rank = this.seen[at + 1] as number;
      if (rank < 0 || Math.abs(rank - (this.seen[bt + 1] as number)) < this.window) return true;
    }
    return false;
  }

  /**
   * Compares the members grouped[from…to). Oversized blocks are sorted in a plain array: a typed
   * array per block would be a new ArrayBuffer for each of a million blocks, and V8 answers that
   * many buffers with full garbage collections.
   */
  private visitBlock(grouped: Int32Array, from: number, to: number, rule: number, ruleHasDate: boolean, visit: PairVisitor): void {
    const n = to - from;
    let members: ArrayLike<number> = grouped.subarray(from, to);
    if (n > this.maxBlockSize) {
      const sorted = Array.from(members, (g) => ({ g, key: sortKey(this.tableOf(g), this.rowOf(g), ruleHasDate) }));
      sorted.sort((x, y) => x.key - y.key);
      const stride = this.rules.length * 2;
      members = sorted.map(({ g }, r) => {
        this.seen[g * stride + rule * 2 + 1] = r;
        return g;
      });
    }
    const reach = n > this.maxBlockSize ? this.window : n;
    for (let a = 0; a < n; a++) {
      const g = members[a] as number;
      for (let b = a + 1; b < Math.min(n, a + reach); b++) {
        const h = members[b] as number;
        if (this.wanted(g, h) && !this.coveredEarlier(g, h)) visit(g, h);
      }
    }
  }

  /** Calls `visit` once for every candidate pair (global indices, g < h). */
  forEach(visit: PairVisitor, onProgress?: ProgressCallback): void {
    onProgress?.({ phase: 'block', done: 0, total: this.rules.length });
    const stride = this.rules.length * 2;
    const { keys, blockSize, starts, grouped } = this.scratch;
    this.rules.forEach((rule, r) => {
      const count = this.ruleKeys(rule);
      blockSize.fill(0, 0, count);
      for (const k of keys) if (k >= 0) blockSize[k]!++;
      for (let k = 0; k < count; k++) starts[k + 1] = (starts[k] ?? 0) + (blockSize[k] ?? 0);
      // starts[k] walks forward while filling and is restored from the counts afterwards
      keys.forEach((k, g) => {
        this.seen[g * stride + r * 2] = k;
        if (k >= 0) grouped[starts[k]!++] = g;
      });
      for (let k = 0; k < count; k++) starts[k] = (starts[k] ?? 0) - (blockSize[k] ?? 0);
      const ruleHasDate = rule.some((part) => part === 'birthDate' || part === 'birthYear');
      for (let k = 0; k < count; k++) {
        if ((blockSize[k] ?? 0) >= 2) this.visitBlock(grouped, starts[k] as number, starts[k + 1] as number, r, ruleHasDate, visit);
      }
      this.rulesDone = r + 1;
      onProgress?.({ phase: 'block', done: r + 1, total: this.rules.length });
    });
  }

  /** The table holding global record g (no allocation: this runs once per candidate pair). */
  tableOf(g: number): PreparedTable {
    const first = this.sides[0] as PreparedTable;
    return g < first.size ? first : (this.sides[1] as PreparedTable);
  }

  /** The row of global record g in tableOf(g). */
  rowOf(g: number): number {
    const first = this.sides[0] as PreparedTable;
    return g < first.size ? g : g - first.size;
  }
}
