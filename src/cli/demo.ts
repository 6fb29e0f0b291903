import { spawnSync } from 'node:child_process';
import type { Config } from '../config.js';
import { loadDemo } from '../demo/load.js';
import { openRuntime } from '../runtime.js';
import { progressLine } from './progress.js';

/**
 * Planning a load allocates short-lived objects by the million: with V8's default young
 * generation a fifth of the load went to collecting them. The server keeps the default (its
 * memory matters more), so the command starts itself again with a larger one.
 */
const youngGeneration = '--max-semi-space-size=128';

export async function demo(config: Config, options: { people: number; seed: number }) {
  if (!process.execArgv.includes(youngGeneration)) {
    const run = spawnSync(process.execPath, [youngGeneration, ...process.execArgv, ...process.argv.slice(1)], { stdio: 'inherit' });
    process.exitCode = run.status ?? 1;
    return;
  }
  const started = performance.now();
  const runtime = await openRuntime({ ...config, logLevel: 'warn' });
  try {
    const progress = progressLine('people', options.people);
    const result = await loadDemo(runtime, { ...options, onProgress: (people) => progress.update(people) });
    progress.done();
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(`Loaded ${result.people} people in ${result.applications} applications in ${seconds} s.\n`);
    if (result.secrets.length) {
      process.stdout.write('Demo staff accounts (one-time secrets, shown only now; each must choose a password at first sign-in):\n');
      for (const s of result.secrets) process.stdout.write(`  ${s.username.padEnd(18)} ${s.secret}\n`);
    }
  } finally {
    await runtime.close();
  }
}
