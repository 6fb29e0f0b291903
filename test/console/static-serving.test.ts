import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { webDir } from '../../src/web/static.js';
import { startTestApp, type TestApp } from '../support/harness.js';

const built = fs.existsSync(`${webDir}/console/index.html`);
if (!built) process.stderr.write('\n[homeward console tests] static serving SKIPPED: dist/web is not built (run npm run build)\n\n');

describe.skipIf(!built)('the console served by the API server', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await startTestApp('sqlite');
  });
  afterAll(() => t?.close());

  it('answers client routes with the console page, never cached, under the strict policy', async () => {
    for (const path of ['/', '/intake', '/applications/123', '/figures?from=2026-01-01']) {
      const res = await fetch(t.url + path);
      expect(res.status, path).toBe(200);
      expect(res.headers.get('content-type')).toContain('text/html');
      expect(res.headers.get('cache-control')).toBe('no-store');
      expect(res.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(await res.text()).toContain('<div id="root">');
    }
  });

  it('announces the first screen’s API reads only at the console’s own address', async () => {
    expect((await fetch(`${t.url}/`)).headers.get('link')).toContain('</api/session>; rel=preload');
    expect((await fetch(`${t.url}/intake`)).headers.get('link')).toBeNull();
  });

  it('sends with the page the catalogue of the language the browser will start in, and no other', async () => {
    const preloaded = async (headers: Record<string, string>) => {
      const html = await (await fetch(`${t.url}/`, { headers })).text();
      return [...html.matchAll(/rel="modulepreload"[^>]*data-language="([a-z]+)"/g)].map((m) => m[1]);
    };
    expect(await preloaded({})).toEqual(['az']);
    expect(await preloaded({ 'accept-language': 'hy-AM,hy;q=0.9,en;q=0.5' })).toEqual(['hy']);
    expect(await preloaded({ 'accept-language': 'hy', cookie: 'homeward_language=ru' })).toEqual(['ru']);
    expect(await preloaded({ cookie: 'homeward_language=xx' })).toEqual(['az']);
  });

  it('names every catalogue in the offline outreach page, which its service worker keeps whole', async () => {
    const html = await (await fetch(`${t.url}/outreach`, { headers: { cookie: 'homeward_language=ru' } })).text();
    const languages = [...html.matchAll(/rel="modulepreload"[^>]*data-language="([a-z]+)"/g)].map((m) => m[1]);
    expect(new Set(languages)).toEqual(new Set(['az', 'hy', 'ru', 'en']));
  });

  it('caches hashed assets for good and sends them compressed', async () => {
    const html = await (await fetch(`${t.url}/`)).text();
    // The app's own code (the last script: a tiny runtime may come first, too small to compress).
    const script = [...html.matchAll(/src="(\/assets\/[^"]+\.js)"/g)].at(-1)![1]!;
    const res = await fetch(t.url + script, { headers: { 'accept-encoding': 'br' } });
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
    expect(res.headers.get('content-encoding')).toBe('br');
  });

  it('never shadows the server’s own paths', async () => {
    for (const path of ['/api/nowhere', '/api', '/assets/missing.js']) {
      const res = await fetch(t.url + path);
      expect(res.status, path).toBe(404);
      expect(res.headers.get('content-type'), path).toContain('application/problem+json');
    }
    expect((await fetch(`${t.url}/health`)).status).toBe(200);
    expect((await fetch(`${t.url}/ready`)).status).toBe(200);
    expect((await fetch(`${t.url}/api/session`)).status).toBe(401);
    expect((await fetch(`${t.url}/intake`, { method: 'POST' })).status).toBe(404);
  });
});
