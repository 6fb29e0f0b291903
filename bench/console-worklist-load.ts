/**
 * Time until the worklist is usable (its first rows on screen) for a signed-in registrar on a
 * cold cache, under Chromium DevTools throttling with a 4× slower CPU.
 * Run: npx tsx bench/console-worklist-load.ts   (needs npm run build and /usr/bin/chromium)
 */
import { machine, percentile, startConsoleBench, type ConsoleBench } from './console-support.js';

interface NetworkConditions {
  offline: boolean;
  latency: number;
  downloadThroughput: number;
  uploadThroughput: number;
}

/**
 * DevTools' "Slow 4G" preset (1.6 Mbit/s down and 750 kbit/s up at 90 %, 150 ms × 3.75 latency),
 * the budget's condition; and, for comparison, Lighthouse's slow-4G link (150 ms, 1.6 Mbit/s),
 * which its simulated throttling uses with the same 4× CPU.
 */
const profiles: Record<string, NetworkConditions> = {
  'DevTools Slow 4G': { offline: false, latency: 150 * 3.75, downloadThroughput: (1.6 * 1000 * 1000 * 0.9) / 8, uploadThroughput: (750 * 1000 * 0.9) / 8 },
  'Lighthouse slow 4G': { offline: false, latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
};
const cpuSlowdown = 4;
const runs = 5;
const budgetMs = 2500;

async function timeToUsable(bench: ConsoleBench, network: NetworkConditions): Promise<number> {
  const context = await bench.signedIn();
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
  await cdp.send('Network.emulateNetworkConditions', network);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: cpuSlowdown });
  await page.goto(`${bench.t.url}/`, { waitUntil: 'commit' });
  await page.waitForFunction(() => document.querySelector('.vlist__row .reference') !== null, undefined, { polling: 'raf', timeout: 30_000 });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

const bench = await startConsoleBench(500);
try {
  console.log(`machine: ${machine()}`);
  for (const [profile, network] of Object.entries(profiles)) {
    const times: number[] = [];
    for (let i = 0; i < runs; i++) times.push(await timeToUsable(bench, network));
    const median = percentile(times, 50);
    const verdict = median <= budgetMs ? 'OK' : 'OVER BUDGET';
    console.log(`${profile} (${network.latency} ms, ${((network.downloadThroughput * 8) / 1e6).toFixed(2)} Mbit/s down) + ${cpuSlowdown}× CPU, cold cache, ${runs} runs`);
    console.log(`  worklist usable after: median ${median.toFixed(0)} ms, worst ${Math.max(...times).toFixed(0)} ms (each: ${times.map((t) => t.toFixed(0)).join(', ')}); budget ${budgetMs} ms ${verdict}`);
    if (profile === 'DevTools Slow 4G' && median > budgetMs) process.exitCode = 1;
  }
} finally {
  await bench.close();
}
