import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/platform/paths.js';

const cli = path.join(projectRoot(), 'dist/src/cli/index.js');

/** The command a newcomer runs, from the build `npm install` made: its two-thread bulk path included. */
describe.skipIf(!fs.existsSync(cli))('npx homeward demo', () => {
  it('loads the people asked for, findable, into a fresh data folder', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'homeward-demo-cli-'));
    const run = spawnSync('node', [cli, 'demo', '--people', '400'], { env: { ...process.env, HOMEWARD_DATA_DIR: dir, HOMEWARD_LOG_LEVEL: 'error' }, encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    expect(run.stdout).toMatch(/Loaded \d+ people in \d+ applications/);
    const db = new Database(path.join(dir, 'homeward.sqlite'), { readonly: true });
    const people = db.prepare('select count(*) from people').pluck().get() as number;
    const keyed = db.prepare('select count(distinct person_id) from person_match_keys').pluck().get() as number;
    db.close();
    expect(people).toBeGreaterThanOrEqual(400);
    expect(keyed).toBe(people);
    fs.rmSync(dir, { recursive: true, force: true });
  });
});

if (!fs.existsSync(cli)) process.stderr.write('[homeward tests] demo command test SKIPPED: run `npm run build` first.\n');
