import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Secret, TOTP } from 'otpauth';
import { projectRoot } from '../../src/platform/paths.js';

export interface RunningServer {
  url: string;
  process: ChildProcess;
  dataDir: string;
  stop(): Promise<void>;
}

/** Builds once, so that benchmarks run the same compiled code `npm start` runs. */
export function ensureBuilt() {
  const r = spawnSync('npm', ['run', 'build', '--silent'], { cwd: projectRoot(), stdio: 'inherit' });
  if (r.status !== 0) throw new Error('build failed');
}

export function freshDataDir(label: string) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `homeward-bench-${label}-`));
}

export function cli(args: string[], env: Record<string, string>, root = projectRoot()): string {
  const r = spawnSync('node', [path.join(root, 'dist/src/cli/index.js'), ...args], {
    cwd: root,
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`homeward ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** Starts `node dist/src/main.js` (of this checkout, or of the build in `root`) as its own process, as in production, and waits until it answers. */
export async function startServer(env: Record<string, string>, port: number, script = 'dist/src/main.js', root = projectRoot()): Promise<RunningServer> {
  const child = spawn('node', [...(process.env.BENCH_NODE_FLAGS?.split(' ').filter(Boolean) ?? []), ...(script.endsWith('.ts') ? ['--import', 'tsx'] : []), path.join(root, script)], {
    cwd: root,
    env: { ...process.env, HOMEWARD_LOG_LEVEL: 'warn', HOMEWARD_SECURE_COOKIES: 'false', PORT: String(port), ...env },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr!.on('data', (d: Buffer) => (stderr += d.toString()));
  const url = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    try {
      const r = await fetch(`${url}/health`);
      if (r.ok) break;
    } catch {
      // not up yet
    }
    if (child.exitCode !== null) throw new Error(`server exited: ${stderr}`);
    if (Date.now() > deadline) throw new Error(`server did not start: ${stderr}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return {
    url,
    process: child,
    dataDir: env.HOMEWARD_DATA_DIR ?? '',
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null) return resolve();
        child.once('exit', () => resolve());
        child.kill('SIGTERM');
      }),
  };
}

/**
 * Signs in as staff do the first time: the one-time secret, an authenticator app enrolled (its
 * code computed here), a password chosen; returns the session cookie. Builds from before second
 * factors existed (compared against in some benchmarks) skip the enrolment.
 */
export async function sessionCookie(url: string, username: string, secret: string): Promise<string> {
  let cookie = '';
  const post = async (path: string, body?: unknown) => {
    const res = await fetch(`${url}${path}`, {
      method: 'POST',
      headers: { ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...(cookie ? { cookie } : {}) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    if (!res.ok) throw new Error(`${path} failed: ${await res.text()}`);
    cookie = res.headers.get('set-cookie')?.split(';')[0] ?? cookie;
    return res.json() as Promise<Record<string, string>>;
  };
  const signedIn = await post('/api/session', { username, password: secret });
  if (signedIn.stage === 'enrol') {
    const app = await post('/api/session/factors/totp');
    await post('/api/session/factors/totp/confirm', { code: TOTP.generate({ secret: Secret.fromBase32(app.secret!) }) });
  }
  await post('/api/session/password', { currentPassword: secret, newPassword: 'benchmark passphrase that is long enough' });
  return cookie;
}
