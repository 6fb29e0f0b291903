/**
 * The residents' portal's first screen: JavaScript downloaded before it is usable (gzip -9), and
 * time to usable on an emulated 2G link (Chromium throttling: 250 kbit/s both ways, 300 ms
 * round trip), cold cache, alone and with the CPU slowed 4× as on a low-end phone.
 * Run: npx tsx bench/portal-first-screen.ts   (needs npm run build and /usr/bin/chromium)
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import type { Browser } from 'playwright-core';
import { webDir } from '../src/web/static.js';
import { browserUnavailableReason, launchChromium } from '../test/console/support/browser.js';
import { startTestApp } from '../test/support/harness.js';
import { machine, percentile } from './console-support.js';

const sizeBudget = 60 * 1024;
const timeBudgetMs = 3000;
const runs = 5;

const unavailable = browserUnavailableReason() ?? (fs.existsSync(path.join(webDir, 'portal/index.html')) ? undefined : 'dist/web/portal is not built (npm run build)');
if (unavailable) {
  console.error(`portal first screen: cannot run: ${unavailable}`);
  process.exit(1);
}

const t = await startTestApp('sqlite');
const browser: Browser = await launchChromium();
try {
  console.log(`machine: ${machine()}`);

  const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('.js')) scripts.push(url.pathname);
  });
  await page.goto(`${t.url}/portal`);
  await page.locator('a.task').first().waitFor();
  await context.close();
  let total = 0;
  console.log('scripts loaded for the first screen (gzip -9):');
  for (const script of scripts) {
    const bytes = gzipSync(fs.readFileSync(path.join(webDir, script)), { level: 9 }).length;
    total += bytes;
    console.log(`  ${(bytes / 1024).toFixed(1).padStart(6)} KB  ${script}`);
  }
  console.log(`first-screen JavaScript: ${(total / 1024).toFixed(1)} KB gzip in ${scripts.length} files (budget ${sizeBudget / 1024} KB) ${total <= sizeBudget ? 'OK' : 'OVER BUDGET'}`);
  if (total > sizeBudget) process.exitCode = 1;

  for (const cpu of [1, 4]) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) {
      const ctx = await browser.newContext({ viewport: { width: 360, height: 740 } });
      const p = await ctx.newPage();
      const cdp = await ctx.newCDPSession(p);
      await cdp.send('Network.enable');
      await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
      await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 300, downloadThroughput: 250_000 / 8, uploadThroughput: 250_000 / 8 });
      await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpu });
      await p.goto(`${t.url}/portal`, { waitUntil: 'commit' });
      // Usable: the three tasks are on screen and the page's code runs (a link answers a click).
      await p.locator('a.task').first().waitFor();
      times.push(await p.evaluate(() => performance.now()));
      await ctx.close();
    }
    const median = percentile(times, 50);
    console.log(
      `usable on 2G (250 kbit/s, 300 ms RTT), CPU ${cpu}×: median ${(median / 1000).toFixed(2)} s, worst ${(Math.max(...times) / 1000).toFixed(2)} s of ${runs} (budget ${timeBudgetMs / 1000} s) ${median <= timeBudgetMs ? 'OK' : 'OVER BUDGET'}`,
    );
    if (cpu === 1 && median > timeBudgetMs) process.exitCode = 1;
  }
} finally {
  await browser.close();
  await t.close();
}
