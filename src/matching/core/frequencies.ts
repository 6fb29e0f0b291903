/**
 * Term frequencies: how common each value of a field is in the population. Agreeing on a rare
 * surname is stronger evidence than agreeing on Petrosyan, and agreeing on 1 January (a common
 * placeholder birth date) is weaker than agreeing on 17 March.
 */
import { comparatorsFor, type FieldComparator } from './compare.js';
import { prepareTable, type PreparedTable } from './prepare.js';
import type { MatchRecord } from './types.js';

/**
 * Serialisable counts per field, keyed by the value's comparison key (a skeleton, a date…).
 * Values held by a single record are only counted, not listed: in a million records most phone
 * numbers and dates are such, and listing them would make the table as large as the data.
 */
export interface FieldFrequencies {
  /** records with a value in this field */
  total: number;
  /** values held by exactly one record */
  singletons: number;
  /** values held by two records or more */
  counts: Record<string, number>;
}

export interface Frequencies {
  fields: Record<string, FieldFrequencies>;
}

/** Counts over one or more tables that share dictionaries (both sides of a linkage). */
export function frequenciesOfTables(tables: readonly PreparedTable[], comparators: readonly FieldComparator[]): Frequencies {
  const fields: Record<string, FieldFrequencies> = {};
  for (const comparator of comparators) {
    const { tfValue, tfText } = comparator;
    if (!tfValue || !tfText) continue;
    const byId = new Map<number, number>();
    let total = 0;
    for (const table of tables) {
      for (let i = 0; i < table.size; i++) {
        const id = tfValue(table, i);
        if (id < 0) continue;
        byId.set(id, (byId.get(id) ?? 0) + 1);
        total++;
      }
    }
    let singletons = 0;
    const counts: Record<string, number> = {};
    for (const [id, n] of byId) {
      if (n === 1) singletons++;
      else counts[tfText(tables[0] as PreparedTable, id)] = n;
    }
    fields[comparator.field] = { total, singletons, counts };
  }
  return { fields };
}

/** Counts every value of every frequency-adjusted field in the records. */
export function buildFrequencies(records: readonly MatchRecord[]): Frequencies {
  const table = prepareTable(records);
  return frequenciesOfTables([table], comparatorsFor(table, table));
}

/** A single value cannot move the weight by more than this many bits either way. */
export const MAX_TF_ADJUSTMENT = 5;

/**
 * Weight adjustment, in bits, for agreeing on one value: log2(ū / f), where f is the value's
 * share of the field and ū = Σ f² is the chance that two random records agree at all. A value
 * as common as the average adjusts nothing; a value not listed was seen once (or never).
 */
export class TermFrequencies {
  private readonly fields = new Map<string, { counts: Record<string, number>; total: number; agreement: number }>();

  constructor(frequencies: Frequencies) {
    for (const [field, { total, singletons, counts }] of Object.entries(frequencies.fields)) {
      if (total === 0) continue;
      const squares = Object.values(counts).reduce((sum, n) => sum + n * n, singletons);
      this.fields.set(field, { counts, total, agreement: squares / (total * total) });
    }
  }

  adjustment(field: string, value: string): number {
    const entry = this.fields.get(field);
    if (!entry) return 0;
    const count = Object.hasOwn(entry.counts, value) ? (entry.counts[value] ?? 1) : 1;
    const share = count / entry.total;
    const bits = Math.log2(entry.agreement / share);
    return Math.max(-MAX_TF_ADJUSTMENT, Math.min(MAX_TF_ADJUSTMENT, bits));
  }
}
