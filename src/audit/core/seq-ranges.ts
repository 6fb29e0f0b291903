/**
 * A block lists the entries it seals by their sequence numbers, in position order, as ascending
 * runs: "1-5000,5002-5107". Entries normally arrive in sequence order, so a block of ten thousand
 * is usually one run.
 */
export type Run = readonly [first: number, last: number];

export function encodeRuns(sortedSeqs: readonly number[]): string {
  const runs: string[] = [];
  for (let i = 0; i < sortedSeqs.length; ) {
    let j = i;
    while (j + 1 < sortedSeqs.length && sortedSeqs[j + 1] === sortedSeqs[j]! + 1) j++;
    runs.push(i === j ? `${sortedSeqs[i]}` : `${sortedSeqs[i]}-${sortedSeqs[j]}`);
    i = j + 1;
  }
  return runs.join(',');
}

export function decodeRuns(text: string): Run[] {
  if (!text) return [];
  return text.split(',').map((part) => {
    const [a, b] = part.split('-');
    const first = Number(a);
    const last = b === undefined ? first : Number(b);
    if (!Number.isSafeInteger(first) || !Number.isSafeInteger(last) || last < first) throw new Error(`bad run ${part}`);
    return [first, last] as const;
  });
}

export const runLength = (runs: readonly Run[]) => runs.reduce((n, [a, b]) => n + b - a + 1, 0);

/** The numbers in (low, high] that none of the runs covers: sequence numbers a block skipped. */
export function uncovered(runs: readonly Run[], low: number, high: number): number[] {
  const sorted = [...runs].sort((x, y) => x[0] - y[0]);
  const out: number[] = [];
  let next = low + 1;
  for (const [a, b] of sorted) {
    for (let s = next; s < Math.min(a, high + 1); s++) out.push(s);
    next = Math.max(next, b + 1);
  }
  for (let s = next; s <= high; s++) out.push(s);
  return out;
}
