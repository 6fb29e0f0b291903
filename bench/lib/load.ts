/** Percentile of sorted numbers (nearest rank). */
export function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
}

/**
 * A closed-loop load: `workers` clients each send one request, wait for its answer and send the
 * next, for `seconds`. Measures what one request costs rather than how long a queue grows.
 */
export async function closedLoop(
  workers: number,
  seconds: number,
  request: (i: number) => Promise<Response>,
): Promise<{ latencies: number[]; failures: number; perSecond: number }> {
  const latencies: number[] = [];
  let failures = 0;
  let i = 0;
  const deadline = performance.now() + seconds * 1000;
  await Promise.all(
    Array.from({ length: workers }, async () => {
      while (performance.now() < deadline) {
        const started = performance.now();
        const res = await request(i++);
        await res.arrayBuffer();
        latencies.push(performance.now() - started);
        if (!res.ok) failures++;
      }
    }),
  );
  latencies.sort((a, b) => a - b);
  return { latencies, failures, perSecond: latencies.length / seconds };
}
