/** Pairwise precision / recall / F1 against a set of true pairs. */

export const pairKey = (a: string, b: string): string => (a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`);

export interface PairCounts {
  truePositives: number;
  falsePositives: number;
  falseNegatives: number;
}

export interface Quality extends PairCounts {
  precision: number;
  recall: number;
  f1: number;
}

export function quality({ truePositives, falsePositives, falseNegatives }: PairCounts): Quality {
  const precision = truePositives / Math.max(1, truePositives + falsePositives);
  const recall = truePositives / Math.max(1, truePositives + falseNegatives);
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, falsePositives, falseNegatives, precision, recall, f1 };
}

export function evaluatePairs(found: Iterable<readonly [string, string]>, truth: ReadonlySet<string>): Quality {
  const seen = new Set<string>();
  let truePositives = 0;
  let falsePositives = 0;
  for (const [a, b] of found) {
    const key = pairKey(a, b);
    if (seen.has(key)) continue;
    seen.add(key);
    if (truth.has(key)) truePositives++;
    else falsePositives++;
  }
  return quality({ truePositives, falsePositives, falseNegatives: truth.size - truePositives });
}

/** Every pair inside each cluster (what a clustering asserts). */
export function* pairsOfClusters(clusters: readonly (readonly string[])[]): Generator<readonly [string, string]> {
  for (const cluster of clusters) {
    for (let i = 0; i < cluster.length; i++) for (let j = i + 1; j < cluster.length; j++) yield [cluster[i]!, cluster[j]!];
  }
}

export const formatQuality = (q: Quality): string =>
  `precision ${q.precision.toFixed(4)}  recall ${q.recall.toFixed(4)}  F1 ${q.f1.toFixed(4)}  (TP ${q.truePositives}, FP ${q.falsePositives}, FN ${q.falseNegatives})`;
