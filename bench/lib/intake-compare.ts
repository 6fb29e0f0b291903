import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/platform/paths.js';
import { application, intakeServer, runLoad, summary } from './intake-load.js';
import { figure } from './machine.js';
import { pgDatabase } from './postgres.js';
import { freshDataDir } from './server.js';

/** The revision just before a file first appeared: "the product before this capability". */
export const revisionBefore = (file: string) =>
  execSync(`git rev-parse "$(git log --diff-filter=A --format=%H -- ${file} | tail -1)^"`, { cwd: projectRoot(), encoding: 'utf8', shell: '/bin/bash' }).trim();

/** An older revision, extracted and built beside this checkout's node_modules. */
export function buildRevision(rev: string): string {
  const dir = freshDataDir(`build-${rev.slice(0, 8)}`);
  execSync(`git archive ${rev} | tar -x -C ${dir}`, { cwd: projectRoot(), shell: '/bin/bash' });
  fs.symlinkSync(path.join(projectRoot(), 'node_modules'), path.join(dir, 'node_modules'));
  execSync('npx tsc -p tsconfig.build.json', { cwd: dir, stdio: 'inherit' });
  return dir;
}

export interface Variant {
  label: string;
  root: string;
  env: Record<string, string>;
  /** Measures what follows a rush (the server still running), once per round. */
  afterRush?: (server: { url: string; cookie: string; officeId: string }) => Promise<void>;
}

/**
 * Intake throughput of several variants (builds or settings), alternating over `rounds` so that the
 * shared machine's load falls on all alike; returns the mean registrations per second of each.
 */
export async function compareIntake(kind: 'sqlite' | 'postgres', variants: Variant[], options: { seconds: number; connections: number; rounds: number }) {
  const runs = new Map(variants.map((v) => [v.label, [] as number[]]));
  const p99 = new Map(variants.map((v) => [v.label, 0]));
  for (let r = 0; r < options.rounds; r++) {
    for (const v of variants) {
      const env: Record<string, string> = { ...v.env, HOMEWARD_DATA_DIR: freshDataDir(`intake-${v.label}`) };
      if (kind === 'postgres') env.DATABASE_URL = (await pgDatabase(`homeward_bench_${v.label.replace(/\W/g, '_')}`))!;
      const { server, cookie, officeId } = await intakeServer(env, 18090, v.root);
      const result = summary(await runLoad(server.url, '/api/applications', { cookie }, application(officeId), options.seconds, options.connections), options.seconds);
      await v.afterRush?.({ url: server.url, cookie, officeId });
      await server.stop();
      fs.rmSync(env.HOMEWARD_DATA_DIR!, { recursive: true, force: true });
      runs.get(v.label)!.push(result.perSecond);
      p99.set(v.label, Math.max(p99.get(v.label)!, result.p99));
      if (result.errors) figure(`errors on ${kind} (${v.label})`, String(result.errors));
    }
  }
  const mean = (xs: number[]) => xs.reduce((s, x) => s + x, 0) / xs.length;
  const out = new Map<string, number>();
  for (const v of variants) {
    const xs = runs.get(v.label)!;
    out.set(v.label, mean(xs));
    figure(`intake on ${kind}, ${v.label}`, `${mean(xs).toFixed(0)} registrations/s (runs ${xs.map((x) => x.toFixed(0)).join(', ')}), p99 ≤ ${p99.get(v.label)} ms`);
  }
  return out;
}
