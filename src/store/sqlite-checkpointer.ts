import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';

/**
 * Folding SQLite's write-ahead log back into the database (a checkpoint) writes and flushes many
 * pages. Left to SQLite, it runs inside whichever COMMIT crosses the log's size limit, on the
 * thread that serves requests, and stalls every request for that long. Here a thread of its own,
 * with its own connection, runs a passive checkpoint (it never waits for, nor blocks, the writer
 * or readers) a few times a second, so that when the log reaches its limit the serving
 * connection finds it already folded back and only has to start it over.
 *
 * The thread's code is given inline so that it runs the same from compiled code and from sources.
 */
const code = `
const { parentPort, workerData } = require('node:worker_threads');
const Database = require(workerData.driver);
const db = new Database(workerData.file);
db.pragma('busy_timeout = 1000');
const timer = setInterval(() => {
  try { db.pragma('wal_checkpoint(PASSIVE)'); } catch { /* busy or interrupted: the next round catches up */ }
}, workerData.everyMs);
parentPort.once('message', () => { clearInterval(timer); db.close(); parentPort.close(); });
`;

export function startCheckpointer(file: string, everyMs = 250) {
  const driver = createRequire(import.meta.url).resolve('better-sqlite3');
  const worker = new Worker(code, { eval: true, workerData: { file, driver, everyMs } });
  // The serving process must be able to exit while this thread still waits for its next round.
  worker.unref();
  // Without this thread the serving connection's own automatic checkpoints still keep the log
  // bounded (only slower), so a thread that fails is not a reason to stop serving.
  worker.on('error', () => undefined);
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  return {
    /** Stops the thread (at once if it is between rounds); stopping twice is harmless. */
    stop() {
      worker.postMessage('stop');
      return exited;
    },
  };
}
