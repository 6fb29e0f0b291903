import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * `npm run bench [name…]`: runs every figure script (bench/<name>.ts with a `figure` header), or
 * the named ones, one after another in their own processes, each printing its figures with the
 * machine it ran on.
 */
const here = path.dirname(fileURLToPath(import.meta.url));
const order = ['intake', 'large-registry'];
const all = [
  ...order,
  ...fs
    .readdirSync(here)
    .filter((f) => f.endsWith('.ts') && !['run.ts', 'baseline-server.ts', 'demo-load.ts'].includes(f) && !f.includes('generator'))
    .map((f) => f.slice(0, -3))
    .filter((n) => !order.includes(n))
    .sort(),
];
const wanted = process.argv.slice(2);
for (const name of wanted.length ? wanted : all) {
  const file = path.join(here, `${name}.ts`);
  if (!fs.existsSync(file)) {
    process.stderr.write(`no benchmark ${name} (have: ${all.join(', ')})\n`);
    process.exitCode = 1;
    continue;
  }
  const r = spawnSync('npx', ['tsx', file], { stdio: 'inherit' });
  if (r.status !== 0) process.exitCode = 1;
}
