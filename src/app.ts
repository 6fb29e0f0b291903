import compress from '@fastify/compress';
import cookie from '@fastify/cookie';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { LogController, type FastifyBaseLogger, type FastifyInstance } from 'fastify';
import { accessRoutes } from './access/http.js';
import { installGuard } from './access/guard.js';
import type { Deps } from './context.js';
import { openApiDocument } from './http/openapi.js';
import { sendProblem, toProblem } from './http/problem-response.js';
import { registerRoutes } from './http/register.js';
import type { RouteSpec } from './http/route.js';
import { matchingRoutes } from './matching/http.js';
import { notificationsRoutes } from './notifications/http.js';
import { officesRoutes } from './offices/http.js';
import { opsRoutes } from './ops/http.js';
import { outreachRoutes } from './outreach/http.js';
import { createMetrics } from './ops/metrics.js';
import { placesRoutes } from './places/http.js';
import { specialCategoriesRoutes } from './people/special/http.js';
import { installResidentGuard, portalRoutes } from './portal/http.js';
import { Problem } from './platform/problem.js';
import { safeError } from './platform/logging.js';
import { registrationRoutes } from './registration/http.js';
import { rightsRoutes } from './rights/http.js';
import { residentRightsRoutes } from './rights/portal-http.js';
import { attachmentMediaTypes } from './registration/core/attachments.js';
import type { Services } from './services.js';
import { serveWebApps, webPublicPrefixes } from './web/static.js';

export const bodyLimit = 1024 * 1024;

/**
 * Assembles the HTTP server from the modules' routes. Everything that can go wrong on the way in
 * ends in one error handler that writes problem+json; nothing else writes error responses.
 */
export async function buildApp(deps: Deps, services: Services): Promise<FastifyInstance> {
  const { config, log } = deps;
  const app = Fastify({
    loggerInstance: log as FastifyBaseLogger,
    bodyLimit,
    // Each request is measured in /metrics; logging every one would only add noise.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: () => deps.ids.uuid(),
    trustProxy: false,
  });
  const metrics = createMetrics();

  await app.register(cookie);
  // Worklists and application views travel compressed: a registrar's link may be slow. Small
  // answers (most writes) are not worth the CPU.
  await app.register(compress, { global: true, threshold: 2048, encodings: ['gzip', 'deflate'] });
  app.removeContentTypeParser('text/plain');
  app.addContentTypeParser([...attachmentMediaTypes], { parseAs: 'buffer' }, (_req, body, done) => done(null, body));

  app.setErrorHandler((error, req, reply) => {
    const problem = toProblem(error, req.routeOptions?.bodyLimit);
    if (problem.status >= 500) req.log.error({ err: safeError(error), route: req.routeOptions?.url }, 'request failed');
    return sendProblem(req, reply, problem);
  });
  app.setNotFoundHandler((req, reply) => sendProblem(req, reply, Problem.notFound('route')));

  app.addHook('onSend', async (_req, reply, payload) => {
    reply.header('x-content-type-options', 'nosniff');
    reply.header('referrer-policy', 'no-referrer');
    reply.header('x-frame-options', 'DENY');
    reply.header('cross-origin-opener-policy', 'same-origin');
    reply.header('cross-origin-resource-policy', 'same-origin');
    // Secure cookies mean the site is served over HTTPS: browsers are told never to use plain HTTP.
    if (config.secureCookies) reply.header('strict-transport-security', 'max-age=31536000; includeSubDomains');
    reply.header('permissions-policy', 'camera=(self), geolocation=(), microphone=()');
    if (!reply.hasHeader('content-security-policy')) {
      reply.header('content-security-policy', "default-src 'self'; img-src 'self' data: blob:; style-src 'self' 'unsafe-inline'; frame-ancestors 'none'");
    }
    if (!reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
    return payload;
  });
  app.addHook('onResponse', async (req, reply) => {
    metrics.requests.observe(
      { method: req.method, route: req.routeOptions?.url ?? 'unmatched', status: String(reply.statusCode) },
      reply.elapsedTime / 1000,
    );
  });

  installGuard(app, services.access, ['/api/docs', ...webPublicPrefixes]);
  installResidentGuard(app, services.portal.follow);

  const specs: RouteSpec[] = [];
  let document: unknown;
  const openApi = () => (document ??= openApiDocument(specs, { version: '0.1.0', serverUrl: config.publicUrl }));
  specs.push(
    ...opsRoutes(deps.store, metrics, { notifications: services.notifications, matching: services.matching }, openApi),
    ...accessRoutes(services.access, config.secureCookies),
    ...placesRoutes(services.places),
    ...officesRoutes(services.offices),
    ...registrationRoutes(services.registration),
    ...matchingRoutes(services.matching, services.duplicates),
    ...notificationsRoutes(services.notifications),
    ...specialCategoriesRoutes(services.specialCategories),
    ...portalRoutes(services.portal, config),
    ...outreachRoutes(services.outreach),
    ...rightsRoutes(services.rights),
    ...residentRightsRoutes(services.rights),
  );
  registerRoutes(app, specs, (req) => (req.principal ? `user:${req.principal.userId}` : 'public'));

  await app.register(swagger, { mode: 'static', specification: { document: openApi() as never } });
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: false });
  await serveWebApps(app);

  return app;
}

