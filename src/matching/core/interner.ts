/**
 * Gives each distinct string a small integer so that records can be held in typed arrays and
 * compared by integer equality. Id -1 stands for "missing".
 */
export class Interner {
  private readonly ids = new Map<string, number>();
  private readonly values: string[] = [];

  /** Id of the value, or -1 for undefined or ''. */
  id(value: string | undefined): number {
    if (value === undefined || value === '') return -1;
    let id = this.ids.get(value);
    if (id === undefined) {
      id = this.values.length;
      this.ids.set(value, id);
      this.values.push(value);
    }
    return id;
  }

  value(id: number): string {
    return this.values[id] ?? '';
  }

  get size(): number {
    return this.values.length;
  }
}
