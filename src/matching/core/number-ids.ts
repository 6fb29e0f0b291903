/**
 * Dense ids for numeric keys, in typed arrays: an open-addressing table that never allocates per
 * lookup (a Map keyed by numbers above 2^30 boxes every key). Used to number the blocks of a rule.
 */
export class NumberIds {
  private keys = new Float64Array(1 << 12);
  private ids = new Int32Array(1 << 12).fill(-1);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Forgets every key but keeps the memory, for the next rule. */
  clear(): void {
    this.ids.fill(-1);
    this.count = 0;
  }

  /** The id of key (≥ 0), numbering new keys 0, 1, 2… in order of arrival. */
  id(key: number): number {
    const mask = this.ids.length - 1;
    let slot = this.slotOf(key, mask);
    for (;;) {
      const id = this.ids[slot] as number;
      if (id < 0) break;
      if (this.keys[slot] === key) return id;
      slot = (slot + 1) & mask;
    }
    if (this.count >= this.ids.length * 0.6) {
      this.grow();
      return this.id(key);
    }
    this.keys[slot] = key;
    this.ids[slot] = this.count;
    return this.count++;
  }

  private slotOf(key: number, mask: number): number {
    const low = key % 0x40000000;
    const high = Math.floor(key / 0x40000000);
    return (Math.imul(low, 0x9e3779b1) ^ Math.imul(high + 0x632be5ab, 0x85ebca77)) >>> 0 & mask;
  }

  private grow(): void {
    const [keys, ids] = [this.keys, this.ids];
    this.keys = new Float64Array(keys.length * 2);
    this.ids = new Int32Array(ids.length * 2).fill(-1);
    const mask = this.ids.length - 1;
    ids.forEach((id, slot) => {
      if (id < 0) return;
      let to = this.slotOf(keys[slot] as number, mask);
      while ((this.ids[to] as number) >= 0) to = (to + 1) & mask;
      this.keys[to] = keys[slot] as number;
      this.ids[to] = id;
    });
  }
}
