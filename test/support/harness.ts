import path from 'node:path';
import { PassThrough } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { buildApp } from '../../src/app.js';
import { loadConfig, type Config } from '../../src/config.js';
import type { Clock } from '../../src/platform/clock.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import { SkippableClock } from './clock.js';
import { createTestStore, type TestStore } from './stores.js';

export interface TestApp {
  runtime: Runtime;
  app: FastifyInstance;
  url: string;
  config: Config;
  /** Every log line the server wrote, for tests that check what logs contain. */
  logs: string[];
  close(): Promise<void>;
}

/** The configuration of a Homeward node on a test store: loopback, plain-HTTP cookies, info logs. */
export function testConfig(store: TestStore, env: Record<string, string> = {}): Config {
  const base = loadConfig({
    HOMEWARD_DATA_DIR: store.dataDir,
    HOMEWARD_LOG_LEVEL: 'info',
    HOMEWARD_SECURE_COOKIES: 'false',
    PORT: '0',
    ...env,
  });
  return { ...base, database: store.config };
}

/** A real Homeward server on a loopback port, on a fresh store of the given kind. */
/** `port`: a fixed one, for tests whose browser must reach the server at HOMEWARD_PUBLIC_URL (passkeys are bound to it). */
export async function startTestApp(kind: 'sqlite' | 'postgres', options: { clock?: Clock; env?: Record<string, string>; port?: number } = {}): Promise<TestApp> {
  const store: TestStore = await createTestStore(kind);
  const config = testConfig(store, options.env);
  const logs: string[] = [];
  const logStream = new PassThrough();
  logStream.on('data', (chunk: Buffer) => logs.push(...chunk.toString('utf8').split('\n').filter(Boolean)));
  const runtime = await openRuntime(config, { logStream, clock: options.clock ?? new SkippableClock() });
  const app = await buildApp(runtime.deps, runtime.services);
  await app.listen({ port: options.port ?? 0, host: '127.0.0.1' });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    runtime,
    app,
    url: `http://127.0.0.1:${port}`,
    config,
    logs,
    async close() {
      await app.close();
      await runtime.close();
      await store.drop();
    },
  };
}

export const fileSinkOf = (t: TestApp) => path.join(t.config.dataDir, 'notifications.jsonl');
