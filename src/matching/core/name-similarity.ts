/**
 * "Do these two skeletons look alike?" (Jaro-Winkler ≥ 0.92 or one keying error), memoised by
 * skeleton ids: in a batch the same pairs of names meet millions of times, and the string
 * measures are the most expensive step of a comparison. The memo is an open-addressing table in
 * typed arrays, because a Map keyed by a pair of ids would allocate a number per lookup.
 */
import type { Interner } from './interner.js';
import { jaroWinkler, withinOneEdit } from './strings.js';

export const CLOSE_NAME_SIMILARITY = 0.92;

/** 2^20 slots (about 9 MiB); the table is emptied when it is 70 % full, which bounds its memory. */
const SLOT_BITS = 20;
const SLOTS = 1 << SLOT_BITS;
const MAX_FILLED = Math.floor(SLOTS * 0.7);

export class NameSimilarity {
  private readonly keysA = new Int32Array(SLOTS);
  private readonly keysB = new Int32Array(SLOTS);
  /** 0 empty, 1 not alike, 2 alike */
  private readonly values = new Uint8Array(SLOTS);
  private filled = 0;

  constructor(private readonly skeletons: Interner) {}

  looksAlike(idA: number, idB: number): boolean {
    const a = Math.min(idA, idB);
    const b = Math.max(idA, idB);
    let slot = (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> (32 - SLOT_BITS);
    while (this.values[slot] !== 0) {
      if (this.keysA[slot] === a && this.keysB[slot] === b) return this.values[slot] === 2;
      slot = (slot + 1) & (SLOTS - 1);
    }
    const x = this.skeletons.value(a);
    const y = this.skeletons.value(b);
    const alike = jaroWinkler(x, y) >= CLOSE_NAME_SIMILARITY || withinOneEdit(x, y);
    if (this.filled >= MAX_FILLED) {
      this.values.fill(0);
      this.filled = 0;
    }
    this.keysA[slot] = a;
    this.keysB[slot] = b;
    this.values[slot] = alike ? 2 : 1;
    this.filled++;
    return alike;
  }
}
