import type { FastifyInstance } from 'fastify';
import { webApps, type WebAppEntry } from '../../src/web/apps.js';

export interface MountedRoute {
  method: string;
  url: string;
}

/**
 * Every route the server answers, read from Fastify's own route tree (printRoutes), so that a
 * route added by any means — a module's spec or a plugin — is in the list. HEAD twins are left out.
 */
export function mountedRoutes(app: FastifyInstance): MountedRoute[] {
  const routes: MountedRoute[] = [];
  const prefixes: string[] = [];
  for (const line of app.printRoutes({ commonPrefix: false }).split('\n')) {
    const m = /^((?:[│ ] {3})*)[├└]── (.*?)(?: \(([A-Z, ]+)\))?$/.exec(line);
    if (!m) continue;
    const depth = m[1]!.length / 4;
    const url = (prefixes[depth - 1] ?? '') + m[2]!;
    prefixes[depth] = url;
    prefixes.length = depth + 1;
    for (const method of (m[3] ?? '').split(', ').filter(Boolean)) if (method !== 'HEAD') routes.push({ method, url });
  }
  return routes;
}

/** A concrete path for a route pattern: every parameter filled with a value no record has. */
export const concretePath = (url: string) =>
  (url === '*' ? '/*' : url).replace(/:(\w+)/g, (_m, name: string) => `no-such-${name}`).replace(/\*$/, 'anything');

/**
 * Routes that are not API operations but public by decision: the API documentation viewer and the
 * web apps' files and client routes (src/web/static.ts).
 */
export const isPublicPluginRoute = (url: string) =>
  url.startsWith('/api/docs') || url.startsWith('/assets/') || url === '*' || url === '/*' || appFiles.has(url);

/** Files a web app serves at its own address (an offline app's service worker must live under it). */
const appFiles = new Set(Object.values(webApps).flatMap((app: WebAppEntry) => (app.files ?? []).map((f) => `${app.mountAt}/${f}`)));
