import { buildApp } from '../app.js';
import type { Config } from '../config.js';
import { createNotificationWorker } from '../notifications/worker.js';
import { transportsFor } from '../notifications/transports/index.js';
import { openRuntime } from '../runtime.js';

/** Shown once, on the terminal, never in the logs: the only copy of the first administrator's secret. */
function announceAdministrator(secret: string, url: string) {
  const lines = [
    'Homeward created its first administrator.',
    '  user name:        admin',
    `  one-time secret:  ${secret}`,
    `Sign in at ${url}, set up a second factor and choose a new password.`,
    'This secret is shown only now.',
  ];
  const width = Math.max(...lines.map((l) => l.length));
  const bar = '─'.repeat(width + 2);
  process.stderr.write(`┌${bar}┐\n${lines.map((l) => `│ ${l.padEnd(width)} │`).join('\n')}\n└${bar}┘\n`);
}

export async function serve(config: Config) {
  const started = performance.now();
  const runtime = await openRuntime(config);
  const { deps, services } = runtime;
  const secret = await services.access.bootstrapAdministrator();
  if (secret) announceAdministrator(secret, config.publicUrl);

  const app = await buildApp(deps, services);
  await app.listen({ port: config.port, host: config.host });
  const worker = createNotificationWorker(deps, services.notifications, transportsFor(config.notifications, deps.clock), {
    owner: `${process.pid}-${deps.ids.uuid()}`,
  });
  if (config.runWorker) {
    worker.start();
    services.matchWorker.start();
    services.rights.retention.start();
  }
  const sealer = services.auditTrail.sealer;
  if (config.runAuditSealer) sealer.start();
  deps.log.info(
    { port: config.port, host: config.host, store: deps.store.dialect, startupMs: Math.round(performance.now() - started) },
    'Homeward is serving',
  );

  let closing = false;
  const shutdown = async () => {
    if (closing) return;
    closing = true;
    worker.stop();
    services.matchWorker.stop();
    services.rights.retention.stop();
    await sealer.stop();
    await app.close();
    await runtime.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
