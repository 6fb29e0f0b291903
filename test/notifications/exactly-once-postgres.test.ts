import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createNotificationWorker } from '../../src/notifications/worker.js';
import { transportsFor } from '../../src/notifications/transports/index.js';
import type { NotificationRequest } from '../../src/notifications/service.js';
import { openRuntime, type Runtime } from '../../src/runtime.js';
import { startFakeSmsGateway, type FakeSmsGateway } from '../support/fake-sms-gateway.js';
import { testConfig } from '../support/harness.js';
import { createTestStore, pgUrl, type TestStore } from '../support/stores.js';

const messages = 320;
const skipReason = 'needs PostgreSQL: set HOMEWARD_TEST_PG_URL=postgres://… (two nodes on one SQLite file are not a production setup)';
if (!pgUrl) process.stderr.write(`\n[homeward tests] SKIPPED exactly-once delivery with two workers: ${skipReason}\n\n`);

describe.skipIf(!pgUrl)(`two app nodes on one PostgreSQL deliver each message exactly once (${pgUrl ? 'postgres' : skipReason})`, () => {
  let store: TestStore;
  let gateway: FakeSmsGateway;
  let nodes: Runtime[];

  beforeAll(async () => {
    [store, gateway] = await Promise.all([createTestStore('postgres'), startFakeSmsGateway({ delayMs: 2 })]);
    const config = testConfig(store, { HOMEWARD_SMS_GATEWAY_URL: gateway.url, HOMEWARD_LOG_LEVEL: 'warn' });
    // Two nodes: two runtimes, each with its own pool of connections to the same database.
    nodes = [await openRuntime(config), await openRuntime(config)];
  });
  afterAll(async () => {
    await Promise.all((nodes ?? []).map((n) => n.close()));
    await Promise.all([store?.drop(), gateway?.close()]);
  });

  it(`sends ${messages} messages once each, with both workers claiming side by side`, async () => {
    const [first] = nodes;
    const requests: NotificationRequest[] = Array.from({ length: messages }, (_, i) => ({
      subject: { type: 'application', id: `app-${i}` },
      event: 'received',
      recipient: { channel: 'sms', address: `+3749700${String(i).padStart(4, '0')}`, language: 'hy' },
      params: { reference: 'K7M-4XT-9PR' },
    }));
    await first!.deps.store.transaction((trx) => first!.services.notifications.enqueue(trx, requests));

    const workers = nodes.map((node, i) =>
      createNotificationWorker(node.deps, node.services.notifications, transportsFor(node.deps.config.notifications, node.deps.clock), {
        owner: `node-${i}`,
        batchSize: 10,
      }),
    );
    const handled = await Promise.all(workers.map((w) => w.drain()));

    const ids = gateway.received.map((m) => m.id);
    expect(ids).toHaveLength(messages);
    expect(new Set(ids).size).toBe(messages);
    expect(handled[0]! + handled[1]!).toBe(messages);
    expect(Math.min(...handled), `each worker's share: ${handled.join(' + ')}`).toBeGreaterThan(0);

    const states = await first!.services.notifications.counts();
    expect(states).toEqual({ sent: messages });
    const attempts = await first!.deps.store.db.selectFrom('outbox').select('attempts').distinct().execute();
    expect(attempts).toEqual([{ attempts: 1 }]);
  });
});
