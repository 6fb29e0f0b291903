import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { groupByTable, type RowSet } from './row-sets.js';
import type { BulkAnswer, BulkTables } from './sqlite-bulk-worker.js';

export interface BulkLoad {
  /** Queues a batch of writes; resolves once fewer than two batches are waiting (back-pressure). */
  write(writes: readonly (readonly RowSet[])[]): Promise<void>;
  /** Waits for every queued batch to commit, then stops the writing thread. */
  close(): Promise<void>;
}

/**
 * Rows grouped by the first two characters of a text column, in that order: enough for inserts
 * into an index on it to stay among a few neighbouring pages, at a fraction of a full sort's cost.
 */
function byLeadingCharacters(rows: object[], column: string): object[] {
  const buckets: object[][] = [];
  for (const row of rows) {
    const value = String((row as Record<string, unknown>)[column]);
    const bucket = (value.charCodeAt(0) << 8) | (value.charCodeAt(1) & 0xff);
    (buckets[bucket] ??= []).push(row);
  }
  return buckets.flat();
}

/**
 * Row by row, pushed: the array stays packed, which the copy to the other thread needs to be
 * fast (an array made at its final size and filled in is "holey", and copied as a sparse one).
 */
function flatten(rows: readonly Record<string, unknown>[], columns: readonly string[]): unknown[] {
  const values: unknown[] = [];
  for (const row of rows) for (const column of columns) values.push(row[column]);
  return values;
}

const workerFile = fileURLToPath(new URL('./sqlite-bulk-worker.js', import.meta.url));

/**
 * Bulk loading on SQLite in two threads: this one plans rows, a worker inserts them, so the two
 * cores of a small server both work. Needs the compiled worker (npm run build); where it is not
 * there (code run from TypeScript sources) the caller loads on one thread instead.
 */
export function openSqliteBulkLoad(file: string): BulkLoad | undefined {
  if (!fs.existsSync(workerFile)) return undefined;
  const worker = new Worker(workerFile, { workerData: { file } });
  const pending = new Map<number, { resolve(): void; reject(e: Error): void }>();
  let next = 0;
  let failure: Error | undefined;
  worker.on('message', (answer: BulkAnswer) => {
    const waiting = pending.get(answer.id)!;
    pending.delete(answer.id);
    if (answer.error) {
      failure ??= new Error(`bulk load failed: ${answer.error}`);
      waiting.reject(failure);
    } else waiting.resolve();
  });
  worker.on('error', (e) => (failure ??= e));

  const committed = (id: number) => new Promise<void>((resolve, reject) => pending.set(id, { resolve, reject }));
  const inFlight: Promise<void>[] = [];

  return {
    async write(writes) {
      if (failure) throw failure;
      // One flat array of values per table: copying it to the other thread is far cheaper than
      // copying an array per row.
      const clustered = new Map(writes.flatMap((sets) => sets.flatMap((set) => (set.clusteredBy ? [[set.table, set.clusteredBy] as const] : []))));
      const tables: BulkTables = [...groupByTable(writes)].map(([table, grouped]) => {
        let rows = grouped;
        const column = clustered.get(table);
        if (column) rows = byLeadingCharacters(rows, column);
        const columns = Object.keys(rows[0]!);
        return [table, columns, flatten(rows as Record<string, unknown>[], columns)];
      });
      const id = next++;
      const done = committed(id);
      worker.postMessage({ id, tables });
      inFlight.push(done);
      if (inFlight.length >= 2) await inFlight.shift();
    },
    async close() {
      try {
        await Promise.all(inFlight);
      } finally {
        worker.postMessage('close');
        await new Promise((resolve) => worker.once('exit', resolve));
      }
      if (failure) throw failure;
    },
  };
}
