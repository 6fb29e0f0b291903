import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { projectRoot } from '../src/platform/paths.js';
import { figure, header } from './lib/machine.js';
import { ensureBuilt, freshDataDir } from './lib/server.js';

/**
 * Issue 2, figure 2: `homeward demo --people 1000000` on SQLite (goal ≤ 2 minutes). The loaded
 * folder is kept for the large-registry and matching-latency figures; its path is printed. With
 * a DATABASE_URL in `env`, the same load goes to PostgreSQL (no goal there).
 */
export function loadMillion(env: Record<string, string> = {}, people = Number(process.env.BENCH_PEOPLE ?? 1_000_000)): string {
  const dataDir = env.HOMEWARD_DATA_DIR ?? process.env.BENCH_MILLION_DIR ?? freshDataDir('million');
  const started = performance.now();
  const run = spawnSync('node', [path.join(projectRoot(), 'dist/src/cli/index.js'), 'demo', '--people', String(people)], {
    env: { ...process.env, HOMEWARD_LOG_LEVEL: 'error', ...env, HOMEWARD_DATA_DIR: dataDir },
    encoding: 'utf8',
  });
  if (run.status !== 0) throw new Error(run.stderr);
  const seconds = (performance.now() - started) / 1000;
  const store = env.DATABASE_URL ? 'PostgreSQL' : 'SQLite';
  figure(`homeward demo --people ${people.toLocaleString('en')} (${store})`, `${seconds.toFixed(1)} s — ${run.stdout.split('\n').find((l) => l.startsWith('Loaded')) ?? ''}`, store === 'SQLite' ? '≤ 120 s' : undefined);
  figure('data folder', dataDir);
  return dataDir;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  header('Bulk load of synthetic residents');
  ensureBuilt();
  loadMillion();
}
