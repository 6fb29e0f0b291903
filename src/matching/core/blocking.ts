/**
 * Candidate pairs from blocking rules, each pair produced once. Records meet when they share a
 * rule's key. A block larger than `maxBlockSize` (a very common name in a big population) is
 * not compared all-to-all: its records are sorted by birth date and given name and each is
 * compared with its next `window - 1` neighbours (sorted neighbourhood), which bounds the work.
 * A pair an earlier rule already produced is skipped by checking that rule's keys, so no set of
 * seen pairs is kept in memory.
 */
import { type BlockingRule, partReader } from './blocking-keys.js';
import type { PreparedTable } from './prepare.js';
import type { ProgressCallback } from './types.js';

export interface BlockingOptions {
  /** blocks up to this size are compared all-to-all */
  maxBlockSize?: number;
  /** neighbours compared in a larger block */
  window?: number;
}

export const DEFAULT_MAX_BLOCK_SIZE = 60;
export const DEFAULT_WINDOW = 20;

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

function ruleKeys(sides: readonly PreparedTable[], rule: BlockingRule, total: number): { keys: Int32Array; count: number } {
  const readers = rule.map(partReader);
  const ids = new Map<string, number>();
  const keys = new Int32Array(total).fill(-1);
  for (let g = 0; g < total; g++) {
    const [t, i] = locate(sides, g);
    let key = '';
    let complete = true;
    for (const read of readers) {
      const part = read(t, i);
      if (part === undefined) {
        complete = false;
        break;
      }
      key += `${part}|`;
    }
    if (!complete) continue;
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size;
      ids.set(key, id);
    }
    keys[g] = id;
  }
  return { keys, count: ids.size };
}

/** Order inside an oversized block: birth date, then given-name skeleton. */
function sortKey(sides: readonly PreparedTable[], g: number): number {
  const [t, i] = locate(sides, g);
  const date = (t.year[i] ?? 0) * 10_000 + (t.month[i] ?? 0) * 100 + (t.day[i] ?? 0);
  return date * 4_194_304 + (((t.names.givenName.skeleton[i] ?? -1) + 1) % 4_194_304);
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

  private visitBlock(members: Int32Array, index: RuleIndex, visit: PairVisitor): void {
    const n = members.length;
    if (n > this.maxBlockSize) {
      const order = Float64Array.from(members, (g) => sortKey(this.sides, g));
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
      for (let k = 0; k < count; k++) {
        if ((blockSize[k] ?? 0) >= 2) this.visitBlock(grouped.subarray(starts[k], starts[k + 1]), index, visit);
      }
      this.done.push(index);
      onProgress?.({ phase: 'block', done: r + 1, total: this.rules.length });
    });
  }

  locate(g: number): [PreparedTable, number] {
    return locate(this.sides, g);
  }
}
