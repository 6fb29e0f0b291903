import { createNotificationWorker } from '../../src/notifications/worker.js';
import { transportsFor } from '../../src/notifications/transports/index.js';
import type { TestApp } from './harness.js';

/** The notification worker a Homeward node runs, over the test server's store and configuration. */
export function workerFor(t: TestApp, owner = 'test-worker') {
  const { deps, services } = t.runtime;
  return createNotificationWorker(deps, services.notifications, transportsFor(t.config.notifications, deps.clock), { owner });
}
