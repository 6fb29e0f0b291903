/**
 * "Do these two skeletons look alike?" (Jaro-Winkler ≥ 0.92 or one keying error), memoised by
 * skeleton ids: in a batch the same pairs of names meet millions of times, and the string
 * measures are the most expensive step of a comparison. The memo is an open-addressing table in
 * typed arrays, because a Map keyed by a pair of ids would allocate a number per lookup. It starts
 * small (a single score() needs a few slots) and doubles up to 2^20 slots (about 9 MiB); when that
 * is 70 % full it is emptied, which bounds its memory.
 */
import type { Interner } from './interner.js';
import { jaroWinkler, withinOneEdit } from './strings.js';

export const CLOSE_NAME_SIMILARITY = 0.92;

const FIRST_BITS = 8;
const LAST_BITS = 20;
const FILL = 0.7;

export class NameSimilarity {
  private bits = FIRST_BITS;
  private keysA = new Int32Array(1 << FIRST_BITS);
  private keysB = new Int32Array(1 << FIRST_BITS);
  /** 0 empty, 1 not alike, 2 alike */
  private values = new Uint8Array(1 << FIRST_BITS);
  private filled = 0;

  constructor(private readonly skeletons: Interner) {}

  looksAlike(idA: number, idB: number): boolean {
    const a = Math.min(idA, idB);
    const b = Math.max(idA, idB);
    let slot = this.slotOf(a, b);
    while (this.values[slot] !== 0) {
      if (this.keysA[slot] === a && this.keysB[slot] === b) return this.values[slot] === 2;
      slot = (slot + 1) & (this.values.length - 1);
    }
    const x = this.skeletons.value(a);
    const y = this.skeletons.value(b);
    const alike = jaroWinkler(x, y) >= CLOSE_NAME_SIMILARITY || withinOneEdit(x, y);
    if (this.filled >= this.values.length * FILL) {
      this.makeRoom();
      slot = this.freeSlot(a, b);
    }
    this.store(slot, a, b, alike ? 2 : 1);
    return alike;
  }

  private slotOf(a: number, b: number): number {
    return (Math.imul(a, 0x9e3779b1) ^ Math.imul(b, 0x85ebca77)) >>> (32 - this.bits);
  }

  private freeSlot(a: number, b: number): number {
    let slot = this.slotOf(a, b);
    while (this.values[slot] !== 0) slot = (slot + 1) & (this.values.length - 1);
    return slot;
  }

  private store(slot: number, a: number, b: number, value: number): void {
    this.keysA[slot] = a;
    this.keysB[slot] = b;
    this.values[slot] = value;
    this.filled++;
  }

  /** Doubles the table while it may grow, moving the entries; at full size, empties it. */
  private makeRoom(): void {
    const [keysA, keysB, values] = [this.keysA, this.keysB, this.values];
    if (this.bits < LAST_BITS) this.bits++;
    const size = 1 << this.bits;
    this.keysA = new Int32Array(size);
    this.keysB = new Int32Array(size);
    this.values = new Uint8Array(size);
    this.filled = 0;
    if (values.length === size) return;
    values.forEach((value, slot) => {
      if (value !== 0) this.store(this.freeSlot(keysA[slot] ?? 0, keysB[slot] ?? 0), keysA[slot] ?? 0, keysB[slot] ?? 0, value);
    });
  }
}
