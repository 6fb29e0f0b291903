/**
 * Issue 5: from a keypress in the family-name field of the intake form to the duplicate candidates
 * for it on screen, with a million people stored. The server runs as in production (its own
 * process, on the SQLite store `homeward demo --people 1000000` filled); the browser types the
 * family name letter by letter, 150 ms apart, and each keypress is timed until the candidates
 * panel shows the answer for what is now in the field (the 50 ms pause after typing, the round
 * trip with the server's search among a million, React's update) and the next frame is painted.
 * Run: npx tsx bench/console-candidates.ts   (BENCH_MILLION_DIR=folder reuses a loaded store;
 * needs /usr/bin/chromium)
 */
import { launchChromium } from '../test/console/support/browser.js';
import { loadMillion } from './demo-load.js';
import { percentile } from './lib/load.js';
import { figure, header } from './lib/machine.js';
import { cli, ensureBuilt, sessionCookie, startServer } from './lib/server.js';

const given = 'Aram';
const families = ['Hovhannisyan', 'Petrosyan', 'Grigoryan'];
const budgetMs = 150;

export async function measureCandidates(dataDir: string) {
  const env = { HOMEWARD_DATA_DIR: dataDir, HOMEWARD_WORKER: 'false', HOMEWARD_SECURE_COOKIES: 'false' };
  const created = cli(['user', 'add', `bench.registrar.${Date.now()}`, '--role', 'registrar', '--office', 'KHK'], env).trim().split(' ');
  const server = await startServer(env, 18097);
  const browser = await launchChromium();
  try {
    const [name, value] = (await sessionCookie(server.url, created[1]!, created.pop()!)).split('=') as [string, string];
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-GB' });
    await context.addCookies([{ name, value, url: server.url }]);
    const page = await context.newPage();
    await page.goto(`${server.url}/intake`);
    await page.locator('#f-applicant-givenName').fill(given);
    const field = page.locator('#f-applicant-familyName');
    const panel = page.locator('.candidates');
    const latencies: number[] = [];
    const slowest: { typed: string; ms: number }[] = [];
    let shown = 0;
    for (const family of families) {
      await field.fill('');
      for (let i = 1; i <= family.length; i++) {
        const letter = family[i - 1]!;
        const start = performance.now();
        await field.press(letter === letter.toUpperCase() ? `Shift+${letter}` : letter);
        // The panel is busy until it shows the answer for exactly what the field now says.
        await page.waitForFunction(() => document.querySelector('.candidates')?.getAttribute('aria-busy') === 'false', undefined, { polling: 'raf' });
        await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => resolve(null))));
        latencies.push(performance.now() - start);
        slowest.push({ typed: family.slice(0, i), ms: latencies.at(-1)! });
        await page.waitForTimeout(150);
      }
      shown += await panel.locator('.match').count();
    }
    latencies.sort((a, b) => a - b);
    const p95 = percentile(latencies, 95);
    figure(
      `keypress in the family name to candidates on screen (${latencies.length} keypresses, ${families.join(', ')} after "${given}")`,
      `p50 ${percentile(latencies, 50).toFixed(0)} ms, p95 ${p95.toFixed(0)} ms, worst ${latencies.at(-1)!.toFixed(0)} ms; ${shown} candidates shown for the full names`,
      `p95 ≤ ${budgetMs} ms`,
    );
    slowest.sort((a, b) => b.ms - a.ms);
    figure('slowest keypresses (what the field said)', slowest.slice(0, 4).map((s) => `"${s.typed}" ${s.ms.toFixed(0)} ms`).join(', '));
  } finally {
    await browser.close();
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  header('Staff console: duplicate candidates while typing, a million people stored');
  ensureBuilt();
  await measureCandidates(process.env.BENCH_MILLION_DIR ?? loadMillion());
}
