import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { roles, scopeFor, type Permission, type Role } from '../../src/access/core/policy.js';
import { buildApp } from '../../src/app.js';
import { registerRoutes } from '../../src/http/register.js';
import { route, type RouteSpec } from '../../src/http/route.js';
import { ApiClient, signedInStaff } from '../support/client.js';
import { seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem } from '../support/problems.js';
import { concretePath, isPublicPluginRoute, mountedRoutes, type MountedRoute } from '../support/routes.js';
import { storeKinds } from '../support/stores.js';

interface Operation {
  tags: string[];
  security?: Record<string, string[]>[];
  'x-permission'?: Permission;
}

/** A resident's operation: no staff session, but the resident's own portal session. */
const needsResident = (o: Operation | undefined) => Boolean(o?.security?.some((s) => 'resident' in s));


describe.each(storeKinds)('deny by default (%s)', (kind) => {
  let t: TestApp;
  let routes: (MountedRoute & { operation: Operation | undefined })[];
  const staff = {} as Record<Role, ApiClient>;

  beforeAll(async () => {
    t = await startTestApp(kind);
    const sites = await seedSites(t);
    for (const role of roles) staff[role] = await signedInStaff(t, `${role}.one`, [role], role === 'registrar' ? sites.khankendi.id : null);
    const { body: openapi } = await new ApiClient(t.url).get('/api/openapi.json');
    routes = mountedRoutes(t.app).map((r) => ({
      ...r,
      operation: openapi.paths[r.url.replace(/:(\w+)/g, '{$1}')]?.[r.method.toLowerCase()],
    }));
  });
  afterAll(() => t?.close());

  const isPublic = (r: { url: string; operation: Operation | undefined }) =>
    isPublicPluginRoute(r.url) || (r.operation!.tags.includes('public') && !needsResident(r.operation));

  it('declares the access of every route the server answers', () => {
    expect(routes.length).toBeGreaterThan(30);
    const undeclared = routes.filter((r) => !isPublicPluginRoute(r.url) && !r.operation);
    expect(undeclared).toEqual([]);
  });

  it('refuses at start-up a route that declares no access, or an unknown permission', async () => {
    const app = await buildApp(t.runtime.deps, t.runtime.services);
    try {
      expect(() => app.route({ method: 'GET', url: '/api/undeclared', handler: async () => 'open' })).toThrow(/declares no access/);
      const spec = route({ method: 'GET', url: '/api/forgotten', summary: 'x', tags: [], responses: {}, handler: async () => 'open' } as unknown as RouteSpec);
      expect(() => registerRoutes(app, [spec], () => 'public')).toThrow(/declares no access/);
      const unknown = { ...spec, url: '/api/teleport', access: { permission: 'application.teleport' } };
      expect(() => registerRoutes(app, [unknown], () => 'public')).toThrow(/unknown permission/);
    } finally {
      await app.close();
    }
  });

  it('answers 401 to an anonymous caller on every route that is not public', async () => {
    const closed = routes.filter((r) => !isPublic(r));
    expect(closed.length).toBeGreaterThan(20);
    for (const r of closed) {
      const res = await new ApiClient(t.url).request(r.method, concretePath(r.url));
      expectProblem(res, 401, 'unauthenticated');
    }
  });

  it('lets anyone call the public routes', async () => {
    for (const r of routes.filter(isPublic)) {
      const res = await new ApiClient(t.url).request(r.method, concretePath(r.url));
      expect([401, 403], `${r.method} ${r.url}`).not.toContain(res.status);
      expect(res.status, `${r.method} ${r.url}`).toBeLessThan(500);
    }
  });

  it('answers 403 to every role without the permission, and lets a role with it through', async () => {
    const guarded = routes.filter((r) => r.operation?.['x-permission']);
    expect(guarded.length).toBeGreaterThan(20);
    for (const r of guarded) {
      const permission = r.operation!['x-permission']!;
      const without = roles.filter((role) => !scopeFor([role], permission));
      const granted = roles.filter((role) => scopeFor([role], permission));
      for (const role of without) {
        expectProblem(await staff[role].request(r.method, concretePath(r.url)), 403, 'forbidden');
      }
      const res = await staff[granted[0]!].request(r.method, concretePath(r.url));
      expect([401, 403], `${granted[0]} ${r.method} ${r.url}: ${JSON.stringify(res.body)}`).not.toContain(res.status);
    }
  });

  it('keeps the administrator, who runs the system, away from personal data', async () => {
    for (const path of ['/api/applications', '/api/applications/no-such-id', '/api/notifications']) {
      expectProblem(await staff.administrator.get(path), 403, 'forbidden');
    }
  });
});
