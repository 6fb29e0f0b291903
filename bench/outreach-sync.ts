/**
 * The outreach app's outbox: 1,000 registrations made offline in the app, then sent over an
 * emulated 3G link (Chromium's DevTools "3G" preset: 562.5 ms round trip, 1.44 Mbit/s down,
 * 675 kbit/s up) until every item shows "sent". Goal: ≤ 30 s.
 * Run: npx tsx bench/outreach-sync.ts   (needs npm run build and /usr/bin/chromium; BENCH_OUTBOX_ITEMS to change the count)
 */
import fs from 'node:fs';
import { signedInStaff } from '../test/support/client.js';
import { seedSites } from '../test/support/fixtures.js';
import { startTestApp } from '../test/support/harness.js';
import { m, newProfile, openApp, outreachUnavailableReason, registerPerson, signIn, startChromium } from '../test/outreach/browser/support.js';
import { figure, header } from './lib/machine.js';

const items = Number(process.env.BENCH_OUTBOX_ITEMS ?? 1000);
const goalMs = 30_000;
const threeG = { offline: false, latency: 562.5, downloadThroughput: (1.44e6 / 8) | 0, uploadThroughput: (675e3 / 8) | 0 };

const unavailable = outreachUnavailableReason();
if (unavailable) {
  console.error(`outreach sync: cannot run: ${unavailable}`);
  process.exit(1);
}

const t = await startTestApp('sqlite');
const profile = newProfile();
const chrome = await startChromium(profile);
try {
  header('Outreach outbox sync on emulated 3G');
  const sites = await seedSites(t);
  const worker = await signedInStaff(t, 'outreach.bench', ['outreach-worker'], sites.khankendi.id);
  const page = await openApp(chrome.context, t.url);
  await signIn(page, worker);
  await chrome.context.setOffline(true);
  const filling = performance.now();
  for (let i = 0; i < items; i++) await registerPerson(page, `Anahit${i}`, `Petrosyan${i % 97}`, `19${String(40 + (i % 60)).padStart(2, '0')}-0${1 + (i % 9)}-1${i % 10}`);
  console.log(`(${items} registrations filled in offline in ${((performance.now() - filling) / 1000).toFixed(1)} s)`);

  await page.getByRole('button', { name: m['nav.outbox'] }).click();
  const cdp = await chrome.context.newCDPSession(page);
  await cdp.send('Network.enable');
  await chrome.context.setOffline(false);
  await cdp.send('Network.emulateNetworkConditions', threeG);
  const start = performance.now();
  await page.evaluate(() => dispatchEvent(new Event('online')));
  await page.waitForFunction((n) => document.querySelectorAll('li[data-state="sent"]').length === n, items, { timeout: 300_000, polling: 100 });
  const ms = performance.now() - start;
  const count = await t.runtime.deps.store.db.selectFrom('applications').select((eb) => eb.fn.countAll().as('n')).where('channel', '=', 'outreach').executeTakeFirstOrThrow();
  figure(`${items} outbox items sent on 3G (562.5 ms RTT, 1.44/0.675 Mbit/s)`, `${(ms / 1000).toFixed(1)} s, ${Number(count.n)} applications on the server`, `≤ ${goalMs / 1000} s`);
  if (ms > goalMs || Number(count.n) !== items) process.exitCode = 1;
} finally {
  await chrome.close();
  await t.close();
  // Chromium's last processes may still be writing their cache as it closes.
  fs.rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
}
