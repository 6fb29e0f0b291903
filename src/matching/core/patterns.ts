/**
 * A comparison vector (one level per field, -1 for missing) packed into one number, so that
 * millions of pairs collapse into a few thousand distinct patterns for EM and for weight lookup.
 * Each field takes levels + 1 values (missing first); the product stays far below 2^53.
 */
export class PatternCodec {
  private readonly radix: number[];

  constructor(readonly levelCounts: readonly number[]) {
    let r = 1;
    this.radix = levelCounts.map((n) => {
      const here = r;
      r *= n + 1;
      return here;
    });
    if (r > Number.MAX_SAFE_INTEGER) throw new Error('too many fields to pack a comparison pattern');
  }

  encode(levels: Int8Array): number {
    let code = 0;
    for (let f = 0; f < levels.length; f++) code += ((levels[f] ?? -1) + 1) * (this.radix[f] ?? 0);
    return code;
  }

  decode(code: number, out: Int8Array): Int8Array {
    let rest = code;
    for (let f = this.levelCounts.length - 1; f >= 0; f--) {
      const r = this.radix[f] ?? 1;
      const value = Math.floor(rest / r);
      out[f] = value - 1;
      rest -= value * r;
    }
    return out;
  }
}
