import type { EventEmitter } from 'node:events';
import type { Logger } from 'pino';

/**
 * A background loop: run a round, and when the round found less than a full batch, wait for the
 * poll interval or for a wake-up (emitted after a local commit that gave it work), then go again.
 * A failed round is logged and retried at the next tick.
 */
export function pollLoop(name: string, round: () => Promise<number>, options: { batchSize: number; pollMs: number; wakeOn?: EventEmitter; log: Logger }) {
  let running = false;
  let timer: NodeJS.Timeout | undefined;
  let wake: (() => void) | undefined;
  const onWake = () => wake?.();

  async function loop() {
    while (running) {
      let handled = 0;
      try {
        handled = await round();
      } catch (e) {
        options.log.error({ err: e, loop: name }, 'background round failed');
      }
      if (handled < options.batchSize && running) {
        await new Promise<void>((resolve) => {
          wake = resolve;
          timer = setTimeout(resolve, options.pollMs);
        });
        wake = undefined;
      }
    }
  }

  return {
    start() {
      if (running) return;
      running = true;
      options.wakeOn?.on('wake', onWake);
      void loop();
    },
    stop() {
      running = false;
      options.wakeOn?.off('wake', onWake);
      if (timer) clearTimeout(timer);
      wake?.();
    },
  };
}
