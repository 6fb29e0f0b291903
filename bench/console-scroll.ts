/**
 * Frames per second while a registrar scrolls a worklist of 10,000 applications, rows loading as
 * they come into view. Scrolls 120 px per frame (about 160 rows a second) for 4 seconds.
 * Run: npx tsx bench/console-scroll.ts   (needs npm run build and /usr/bin/chromium; seeding takes a minute)
 */
import { machine, percentile, startConsoleBench } from './console-support.js';

const rows = 10_000;
const budgetFps = 50;

const bench = await startConsoleBench(rows);
try {
  const context = await bench.signedIn();
  const page = await context.newPage();
  await page.goto(`${bench.t.url}/`);
  await page.locator('.vlist__row .reference').first().waitFor();
  const shown = await page.locator('.worklists__summary').textContent();
  // Passed as text: tsx would wrap named functions in a helper the page does not have.
  const frames = await page.evaluate<number[]>(`new Promise((resolve) => {
    const list = document.querySelector('.vlist');
    const times = [];
    const start = performance.now();
    function step(now) {
      times.push(now);
      list.scrollTop += 120;
      if (now - start < 4000) requestAnimationFrame(step);
      else resolve(times);
    }
    requestAnimationFrame(step);
  })`);
  const intervals = frames.slice(1).map((t, i) => t - frames[i]!);
  const seconds = (frames.at(-1)! - frames[0]!) / 1000;
  const fps = intervals.length / seconds;
  console.log(`machine: ${machine()}`);
  console.log(`worklist: ${shown}`);
  console.log(`scrolling: ${fps.toFixed(1)} frames/s over ${seconds.toFixed(1)} s; frame time p50 ${percentile(intervals, 50).toFixed(1)} ms, p95 ${percentile(intervals, 95).toFixed(1)} ms, worst ${Math.max(...intervals).toFixed(1)} ms; budget ≥ ${budgetFps} ${fps >= budgetFps ? 'OK' : 'BELOW BUDGET'}`);
  if (fps < budgetFps) process.exitCode = 1;
} finally {
  await bench.close();
}
