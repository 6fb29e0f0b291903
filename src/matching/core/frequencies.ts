/**
 * Term frequencies: how common each value of a field is in the population. Agreeing on a rare
 * surname is stronger evidence than agreeing on Petrosyan, and agreeing on 1 January (a common
 * placeholder birth date) is weaker than agreeing on 17 March.
 */
import { comparatorsFor, type FieldComparator } from './compare.js';
import { prepareTable, type PreparedTable } from './prepare.js';
import type { MatchRecord } from './types.js';

/** Serialisable counts, keyed by field and by the value's comparison key (a skeleton, a date…). */
export interface Frequencies {
  counts: Record<string, Record<string, number>>;
}

export function frequenciesOfTable(table: PreparedTable, comparators: readonly FieldComparator[]): Frequencies {
  const counts: Record<string, Record<string, number>> = {};
  for (const comparator of comparators) {
    const { tfValue, tfText } = comparator;
    if (!tfValue || !tfText) continue;
    const byId = new Map<number, number>();
    for (let i = 0; i < table.size; i++) {
      const id = tfValue(table, i);
      if (id >= 0) byId.set(id, (byId.get(id) ?? 0) + 1);
    }
    counts[comparator.field] = Object.fromEntries([...byId].map(([id, n]) => [tfText(table, id), n]));
  }
  return { counts };
}

/** Counts every value of every frequency-adjusted field in the records. */
export function buildFrequencies(records: readonly MatchRecord[]): Frequencies {
  const table = prepareTable(records);
  return frequenciesOfTable(table, comparatorsFor(table, table));
}

/** A single value cannot move the weight by more than this many bits either way. */
export const MAX_TF_ADJUSTMENT = 5;

/**
 * Weight adjustment, in bits, for agreeing on one value: log2(ū / f), where f is the value's
 * share of the field and ū = Σ f² is the chance that two random records agree at all. A value
 * as common as the average adjusts nothing; unseen values count as seen once.
 */
export class TermFrequencies {
  private readonly fields = new Map<string, { counts: Record<string, number>; total: number; agreement: number }>();

  constructor(frequencies: Frequencies) {
    for (const [field, counts] of Object.entries(frequencies.counts)) {
      const values = Object.values(counts);
      const total = values.reduce((sum, n) => sum + n, 0);
      if (total === 0) continue;
      const agreement = values.reduce((sum, n) => sum + (n / total) ** 2, 0);
      this.fields.set(field, { counts, total, agreement });
    }
  }

  adjustment(field: string, value: string): number {
    const entry = this.fields.get(field);
    if (!entry) return 0;
    const count = Object.hasOwn(entry.counts, value) ? (entry.counts[value] ?? 0) : 0;
    const share = Math.max(count, 1) / entry.total;
    const bits = Math.log2(entry.agreement / share);
    return Math.max(-MAX_TF_ADJUSTMENT, Math.min(MAX_TF_ADJUSTMENT, bits));
  }
}
