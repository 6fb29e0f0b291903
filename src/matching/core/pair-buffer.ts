/** Growable columns of compared pairs (two record indices and a pattern code), without objects. */
export class PairBuffer {
  g = new Int32Array(1024);
  h = new Int32Array(1024);
  code = new Float64Array(1024);
  length = 0;

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
