/**
 * Requests to the store that arrive while earlier ones are on their way wait, and then go
 * together: `run` receives up to `maxGroup` of them at a time, with at most `concurrency` groups
 * on their way at once. Group commit and batched lookups stand on it. `run` answers each request
 * of its group itself and must not throw.
 */
export function inGroups<T>(run: (group: T[]) => Promise<void>, options: { maxGroup: number; concurrency: number }) {
  const queue: T[] = [];
  let running = 0;

  async function drain() {
    running++;
    // Requests that arrive in the same turn of the event loop join the first group.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      while (queue.length) await run(queue.splice(0, options.maxGroup));
    } finally {
      running--;
    }
  }

  return (request: T) => {
    queue.push(request);
    if (running < options.concurrency) void drain();
  };
}
