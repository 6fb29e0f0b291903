import fs from 'node:fs';

/**
 * Durable SQLite commits that do not stall the event loop. With synchronous=FULL, SQLite flushes
 * its write-ahead log inside COMMIT, on the only thread that also parses, validates and answers
 * requests; under group commit that flush is most of a request's wall time. Instead, transactions
 * commit with synchronous=NORMAL (the log is written, not flushed) and the caller then awaits
 * `flush()`, an fdatasync of the log file on libuv's thread pool. The guarantee is the same as
 * FULL in WAL mode (every acknowledged commit's log frames are on disk), while the next group
 * commits during the flush, and one flush serves every commit made before it began.
 */
export function walFlusher(databaseFile: string) {
  let fd: number | undefined;
  let running: Promise<void> | undefined;
  let queued: Promise<void> | undefined;

  const flushNow = () =>
    new Promise<void>((resolve, reject) => {
      // The log is never deleted while the store is open (checkpoints reuse or truncate it in
      // place), so one descriptor serves for the store's life once the log exists.
      if (fd === undefined) {
        if (!fs.existsSync(`${databaseFile}-wal`)) return resolve();
        fd = fs.openSync(`${databaseFile}-wal`, 'r');
      }
      fs.fdatasync(fd, (e) => (e ? reject(e) : resolve()));
    }).finally(() => {
      running = undefined;
    });

  function flush(): Promise<void> {
    if (!running) return (running = flushNow());
    // The running flush may have begun before this commit was written: wait for the next one.
    queued ??= running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return flush();
      });
    return queued;
  }

  return {
    /** Resolves once everything committed before the call is on disk. */
    flush,
    close() {
      if (fd !== undefined) fs.closeSync(fd);
      fd = undefined;
    },
  };
}
