import { inGroups } from './in-groups.js';
import type { RowSet } from './row-sets.js';

interface Pending {
  sets: readonly RowSet[];
  durable: boolean;
  resolve(): void;
  reject(e: unknown): void;
}

export interface WriteOptions {
  /**
   * false: resolve once the rows are in the store's log, before it is flushed to disk (SQLite
   * synchronous=NORMAL, PostgreSQL synchronous_commit=off). A crash of the process loses nothing;
   * a power cut may lose what the next durable commit or flush had not yet carried to disk. Only
   * for records of reads, never for a change to anyone's data.
   */
  durable?: boolean;
}

export interface BatchWriter {
  /** Inserts one write's rows in a transaction of their own or shared with others; resolves once committed. */
  write(sets: readonly RowSet[], options?: WriteOptions): Promise<void>;
  /** Inserts many writes in one transaction (bulk loading); resolves once committed. */
  writeMany(writes: readonly (readonly RowSet[])[]): Promise<void>;
}

/**
 * Group commit. Writes that arrive while a transaction is committing wait and then commit
 * together: one transaction, one multi-row INSERT per table and one flush to disk for the whole
 * group, instead of one of each per request. Each caller is answered only after the commit that
 * holds its rows, so nothing is acknowledged before it is durable.
 *
 * If a group fails (say one write breaks a unique constraint), each of its writes is retried
 * alone, so that only the offending one fails.
 */
export function createBatchWriter(
  /** Inserts the writes' rows in one transaction, committed (and flushed to disk if `durable`) when it resolves. */
  commit: (writes: readonly (readonly RowSet[])[], durable: boolean) => Promise<void>,
  options: { maxGroup: number; concurrency: number },
): BatchWriter {
  async function alone(p: Pending) {
    try {
      await commit([p.sets], p.durable);
      p.resolve();
    } catch (e) {
      p.reject(e);
    }
  }

  const enqueue = inGroups<Pending>(async (group) => {
    if (group.length === 1) return alone(group[0]!);
    try {
      // One durable write makes the whole group durable: the others ride along at no cost.
      await commit(
        group.map((p) => p.sets),
        group.some((p) => p.durable),
      );
      for (const p of group) p.resolve();
    } catch {
      for (const p of group) await alone(p);
    }
  }, options);

  return {
    writeMany: (writes) => commit(writes, true),
    write(sets, how) {
      return new Promise<void>((resolve, reject) => enqueue({ sets, durable: how?.durable ?? true, resolve, reject }));
    },
  };
}
