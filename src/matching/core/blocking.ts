/**
 * Candidate pairs from blocking rules, each pair produced once. Records meet when they share a
 * rule's key. A block larger than `maxBlockSize` (a very common name in a big population) is
 * not compared all-to-all: its records are sorted by birth date and given name and each is
 * compared with its next `window - 1` neighbours (sorted neighbourhood), which bounds the work.
 * A pair an earlier rule already produced is skipped by checking that rule's keys, so no set of
 * seen pairs is kept in memory.
 */
import { type BlockingRule, PART_SPACE, partReader } from './blocking-keys.js';
import type { PreparedTable } from './prepare.js';
import type { ProgressCallback } from './types.js';

export interface BlockingOptions {
  /** blocks up to this size are compared all-to-all */
  maxBlockSize?: number;
  /** neighbours compared in a larger block */
  window?: number;
}

export const DEFAULT_MAX_BLOCK_SIZE = 30;
export const DEFAULT_WINDOW = 10;

interface RuleIndex {
  keys: Int32Array;
  blockSize: Int32Array;
  rank: Int32Array;
}

/** Global index g: records of the first table, then (link) those of the second. */
function locate(sides: readonly PreparedTable[], g: number): [PreparedTable, number] {
  const first = sides[0] as PreparedTable;
  return g < first.size ? [first, g] : [sides[1] as PreparedTable, g - first.size];
}

/**
 * One number per record for the rule: a single part as it is, two small parts packed exactly
 * into one number, anything longer as a string. Numbers keep a million-record run free of
 * millions of temporary strings.
 */
function compose(parts: readonly number[]): number | string {
  if (parts.length === 1) return parts[0] as number;
  if (parts.length === 2 && parts.every((p) => p < PART_SPACE)) return (parts[0] as number) * PART_SPACE + (parts[1] as number);
  return parts.join('|');
}

function ruleKeys(sides: readonly PreparedTable[], rule: BlockingRule, total: number): { keys: Int32Array; count: number } {
  const readers = rule.map(partReader);
  const ids = new Map<number | string, number>();
  const keys = new Int32Array(total).fill(-1);
  const parts: number[] = [];
  for (let g = 0; g < total; g++) {
    const [t, i] = locate(sides, g);
    parts.length = 0;
    for (const read of readers) {
      const part = read(t, i);
      if (part < 0) break;
      parts.push(part);
    }
    if (parts.length < readers.length) continue;
    const key = compose(parts);
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    keys[g] = id;
  }
  return { keys, count: ids.size };
}

/**
 * Order inside an oversized block, so that a record's duplicates are its neighbours: by birth date
 * then given name when the rule fixes the date (one year, one day), by patronymic then birth date
 * when it does not (a name-only block, where the duplicate may have no date or a wrong one).
 */
function sortKey(sides: readonly PreparedTable[], g: number, ruleHasDate: boolean): number {
  const [t, i] = locate(sides, g);
  const date = (t.year[i] ?? 0) * 10_000 + (t.month[i] ?? 0) * 100 + (t.day[i] ?? 0);
  const second = ((ruleHasDate ? t.names.givenName.skeleton[i] : t.names.patronymic.skeleton[i]) ?? -1) + 1;
  return ruleHasDate ? date * 4_194_304 + (second % 4_194_304) : (second % 4_194_304) * 100_000_000 + date;
}

export type PairVisitor = (g: number, h: number) => void;

export class CandidatePairs {
  private readonly total: number;
  private readonly maxBlockSize: number;
  private readonly window: number;
  private readonly done: RuleIndex[] = [];

  constructor(
    private readonly sides: readonly PreparedTable[],
    private readonly rules: readonly BlockingRule[],
    options: BlockingOptions = {},
  ) {
    this.total = sides.reduce((n, t) => n + t.size, 0);
    this.maxBlockSize = options.maxBlockSize ?? DEFAULT_MAX_BLOCK_SIZE;
    this.window = options.window ?? DEFAULT_WINDOW;
  }

  /** Pairs across the two tables (link) or within the one table (dedupe). */
  private wanted(g: number, h: number): boolean {
    if (this.sides.length === 1) return true;
    const first = (this.sides[0] as PreparedTable).size;
    return g < first !== h < first;
  }

  private coveredEarlier(g: number, h: number): boolean {
    for (const { keys, blockSize, rank } of this.done) {
      const k = keys[g] ?? -1;
      if (k < 0 || k !== keys[h]) continue;
      if ((blockSize[k] ?? 0) <= this.maxBlockSize || Math.abs((rank[g] ?? 0) - (rank[h] ?? 0)) < this.window) return true;
    }
    return false;
  }

  private visitBlock(members: Int32Array, index: RuleIndex, ruleHasDate: boolean, visit: PairVisitor): void {
    const n = members.length;
    if (n > this.maxBlockSize) {
      const order = Float64Array.from(members, (g) => sortKey(this.sides, g, ruleHasDate));
      const positions = Array.from({ length: n }, (_, p) => p).sort((x, y) => (order[x] ?? 0) - (order[y] ?? 0));
      members = Int32Array.from(positions, (p) => members[p] as number);
      members.forEach((g, r) => (index.rank[g] = r));
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
    this.rules.forEach((rule, r) => {
      const { keys, count } = ruleKeys(this.sides, rule, this.total);
      const blockSize = new Int32Array(count);
      for (const k of keys) if (k >= 0) blockSize[k]!++;
      const starts = new Int32Array(count + 1);
      for (let k = 0; k < count; k++) starts[k + 1] = (starts[k] ?? 0) + (blockSize[k] ?? 0);
      const fill = starts.slice(0, count);
      const grouped = new Int32Array(starts[count] ?? 0);
      keys.forEach((k, g) => {
        if (k >= 0) grouped[fill[k]!++] = g;
      });
      const index: RuleIndex = { keys, blockSize, rank: new Int32Array(this.total) };
      const ruleHasDate = rule.some((part) => part === 'birthDate' || part === 'birthYear');
      for (let k = 0; k < count; k++) {
        if ((blockSize[k] ?? 0) >= 2) this.visitBlock(grouped.subarray(starts[k], starts[k + 1]), index, ruleHasDate, visit);
      }
      this.done.push(index);
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
