import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench [name…]`: every figure the issues name, one script each, run one after another in
 * their own processes; each prints its figures with the machine it ran on. Name some to run only
 * those. Results are recorded in bench/RESULTS.md.
 */
const figures: [name: string, what: string][] = [
  ['intake', 'registrations/s over HTTP on SQLite and PostgreSQL, and the ratio to a bare insert'],
  ['large-registry', 'a million people: bulk load, cold start, memory, fetching one application'],
  ['matching-febrl', 'FEBRL 3 and 4 accuracy at the threshold chosen in advance'],
  ['matching-crossscript', 'cross-script duplicates: precision, recall, F1 overall and per variation'],
  ['matching-speed', 'batch matching of a million records'],
  ['matching-latency', 'duplicate check at intake and people search with a million people, both stores'],
  ['matching-intake', 'intake throughput with matching against the build before it'],
  ['trust-read', 'overhead of read audit and field decryption on fetching one person'],
  ['trust-verify', 'audit verify of ten million entries'],
  ['trust-intake', 'intake throughput with the trust layer on and off'],
  ['console-first-screen', 'the console’s first-screen JavaScript'],
  ['console-worklist-load', 'worklist usable on slow 4G with a 4× slower CPU'],
  ['console-scroll', 'scrolling a 10,000-row worklist'],
  ['console-candidates', 'keypress to duplicate candidates on screen'],
  ['portal-first-screen', 'the portal’s first screen: JavaScript and time to usable on 2G'],
  ['outreach-sync', 'the outreach app sends 1,000 outbox items on emulated 3G'],
  ['outreach-kill', 'the browser killed right after "saved on this device": registrations lost (BENCH_KILL_TRIALS, 200)'],
];

const here = path.dirname(fileURLToPath(import.meta.url));
const wanted = process.argv.slice(2);
const unknown = wanted.filter((w) => !figures.some(([name]) => name === w));
if (unknown.length) {
  process.stderr.write(`unknown benchmark ${unknown.join(', ')}; there are:\n${figures.map(([n, w]) => `  ${n.padEnd(22)} ${w}`).join('\n')}\n`);
  process.exit(1);
}
for (const [name] of figures.filter(([n]) => !wanted.length || wanted.includes(n))) {
  const file = path.join(here, `${name}.ts`);
  if (!fs.existsSync(file)) continue;
  const r = spawnSync('npx', ['tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
