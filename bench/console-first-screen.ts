/**
 * JavaScript needed for the console's first screen (a signed-in registrar's worklist), gzip.
 * Run: npx tsx bench/console-first-screen.ts   (needs npm run build and /usr/bin/chromium)
 */
import fs from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { webDir } from '../src/web/static.js';
import { machine, startConsoleBench } from './console-support.js';

const budget = 200 * 1024;
const bench = await startConsoleBench(200);
try {
  const context = await bench.signedIn();
  const page = await context.newPage();
  const scripts: string[] = [];
  page.on('response', (r) => {
    const url = new URL(r.url());
    if (url.pathname.endsWith('.js')) scripts.push(url.pathname);
  });
  await page.goto(`${bench.t.url}/`);
  await page.locator('.vlist__row .reference').first().waitFor();
  let total = 0;
  console.log(`machine: ${machine()}`);
  console.log('first-screen scripts (gzip -9):');
  for (const script of scripts) {
    const bytes = gzipSync(fs.readFileSync(path.join(webDir, script)), { level: 9 }).length;
    total += bytes;
    console.log(`  ${(bytes / 1024).toFixed(1).padStart(7)} KB  ${script}`);
  }
  console.log(`first-screen JavaScript: ${(total / 1024).toFixed(1)} KB gzip in ${scripts.length} files (budget ${budget / 1024} KB) ${total <= budget ? 'OK' : 'OVER BUDGET'}`);
  if (total > budget) process.exitCode = 1;
} finally {
  await bench.close();
}
