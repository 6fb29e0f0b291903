import fs from 'node:fs/promises';
import path from 'node:path';
import fastifyStatic from '@fastify/static';
import type { FastifyInstance, FastifyReply } from 'fastify';
import { projectRoot } from '../platform/paths.js';
import { webApps, type WebAppEntry } from './apps.js';
import { onlyCatalogueOf, startingLanguage } from './language.js';

/** Where Vite writes the web apps (`npm run build`), wherever the server is started from. */
export const webDir = path.join(projectRoot(), 'dist/web');

/** Hashed build output: its names change whenever its content does, so it may be cached for good. */
const assetsPrefix = '/assets/';

/** URL prefixes of the files the static plugin serves; app.ts declares them public to the guard. */
export const webPublicPrefixes = [assetsPrefix];

/** Paths that belong to the server; a client route never answers for them. */
const serverPaths = ['/api', '/health', '/ready', '/metrics'];

const mediaTypes: Record<string, string> = { '.js': 'text/javascript; charset=utf-8', '.webmanifest': 'application/manifest+json' };

const appsByMount: WebAppEntry[] = Object.values(webApps).sort((a, b) => b.mountAt.length - a.mountAt.length);

const isServerPath = (url: string) => serverPaths.some((p) => url === p || url.startsWith(`${p}/`) || url.startsWith(`${p}?`));

/**
 * Serves the built web apps: hashed assets with a long cache, and each app's index.html (never
 * cached, so a new build is picked up at once) for every client-side route under the app's mount
 * point. Server paths are never shadowed: an unknown /api/… stays a problem+json 404.
 */
export async function serveWebApps(app: FastifyInstance, dir = webDir) {
  await app.register(fastifyStatic, {
    root: path.join(dir, 'assets'),
    prefix: assetsPrefix,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply: FastifyReply) => reply.header('cache-control', 'public, max-age=31536000, immutable'),
  });

  for (const [name, entry] of Object.entries(webApps) as [string, WebAppEntry][]) {
    for (const file of entry.files ?? []) {
      app.route({
        method: ['GET', 'HEAD'],
        url: `${entry.mountAt}/${file}`,
        config: { access: 'public' },
        async handler(_req, reply) {
          const content = await fs.readFile(path.join(dir, name, file)).catch(() => undefined);
          if (!content) return reply.callNotFound();
          // Checked again at every visit, so that a new build's service worker replaces the old one;
          // a worker under /outreach/ may control the app's own page, /outreach.
          return reply
            .type(mediaTypes[path.extname(file)] ?? 'application/octet-stream')
            .header('cache-control', 'no-cache')
            .header('service-worker-allowed', entry.mountAt)
            .send(content);
        },
      });
    }
  }

  app.route({
    method: ['GET', 'HEAD'],
    url: '/*',
    config: { access: 'public' },
    async handler(req, reply) {
      const url = req.url;
      const target = isServerPath(url) ? undefined : appsByMount.find((a) => url.startsWith(a.mountAt));
      const page = target && (await fs.readFile(path.join(dir, target.page), 'utf8').catch(() => undefined));
      if (!page) return reply.callNotFound();
      const html = target.offline ? page : onlyCatalogueOf(page, startingLanguage(req));
      const preload: readonly string[] = url === target.mountAt ? (target.preloadAtMount ?? []) : [];
      if (preload.length) reply.header('link', preload.map((p) => `<${p}>; rel=preload; as=fetch; crossorigin=anonymous`).join(', '));
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store').send(html);
    },
  });
}
