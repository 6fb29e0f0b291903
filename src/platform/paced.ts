import { performance } from 'node:perf_hooks';

/**
 * Background work sharing the thread that answers requests: after each round it pauses so as to
 * take what requests leave of the thread, less a quarter kept in reserve for them — between a
 * twentieth (while they keep it busy) and three quarters (while it is idle), judged by how busy
 * they kept it while it last paused.
 */
export function paced(round: () => Promise<number>) {
  let othersBusy = 0;
  return async () => {
    const started = performance.now();
    const handled = await round();
    if (!handled) return handled;
    const share = Math.min(0.75, Math.max(0.05, 0.75 - othersBusy));
    const pause = (performance.now() - started) * (1 / share - 1);
    const before = performance.eventLoopUtilization();
    await new Promise((resolve) => setTimeout(resolve, pause));
    othersBusy = performance.eventLoopUtilization(before).utilization;
    return handled;
  };
}
