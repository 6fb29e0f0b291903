/** Growable columns of compared pairs (two record indices and a pattern code), without objects. */
export class PairBuffer {
  g: Int32Array;
  h: Int32Array;
  code: Float64Array;
  length = 0;

  constructor(capacity = 1024) {
    const size = Math.max(1024, capacity);
    this.g = new Int32Array(size);
    this.h = new Int32Array(size);
    this.code = new Float64Array(size);
  }

  push(g: number, h: number, code: number): void {
    if (this.length === this.g.length) this.grow();
    this.g[this.length] = g;
    this.h[this.length] = h;
    this.code[this.length] = code;
    this.length++;
  }

  private grow(): void {
    const size = this.g.length * 2;
    const g = new Int32Array(size);
    const h = new Int32Array(size);
    const code = new Float64Array(size);
    g.set(this.g);
    h.set(this.h);
    code.set(this.code);
    this.g = g;
    this.h = h;
    this.code = code;
  }
}
