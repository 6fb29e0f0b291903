import { PassThrough } from 'node:stream';
import { loadConfig } from '../../src/config.js';
import type { Clock } from '../../src/platform/clock.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import type { TestStore } from './stores.js';

/** A runtime (no HTTP server) on an existing test store, with its log lines kept: for tests that restart nodes. */
export async function openTestRuntime(store: TestStore, env: Record<string, string> = {}, clock?: Clock): Promise<{ runtime: Runtime; logs: string[] }> {
  const config = { ...loadConfig({ HOMEWARD_DATA_DIR: store.dataDir, HOMEWARD_LOG_LEVEL: 'info', ...env }), database: store.config };
  const logs: string[] = [];
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => logs.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  const runtime = await openRuntime(config, { logStream, ...(clock ? { clock } : {}) });
  return { runtime, logs };
}
