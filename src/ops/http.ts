import { z } from 'zod';
import { route, type RouteSpec } from '../http/route.js';
import type { MatchingService } from '../matching/service.js';
import type { NotificationsService } from '../notifications/service.js';
import { Problem } from '../platform/problem.js';
import { migrationsCurrent } from '../store/migrate.js';
import type { Store } from '../store/store.js';
import type { Metrics } from './metrics.js';

/** Liveness, readiness and metrics, for load balancers and monitoring. */
export function opsRoutes(
  store: Store,
  metrics: Metrics,
  backlogs: { notifications: NotificationsService; matching: MatchingService },
  openApi: () => unknown,
): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/health',
      summary: 'Liveness: the process answers',
      tags: ['operations'],
      access: 'public',
      responses: { 200: z.object({ status: z.literal('ok') }) },
      handler: async () => ({ status: 'ok' as const }),
    }),
    route({
      method: 'GET',
      url: '/ready',
      summary: 'Readiness: the store answers and its migrations are current',
      tags: ['operations'],
      access: 'public',
      responses: { 200: z.object({ status: z.literal('ready'), store: z.string() }) },
      async handler() {
        try {
          if (!(await migrationsCurrent(store))) throw new Problem('unavailable');
        } catch {
          throw new Problem('unavailable');
        }
        return { status: 'ready' as const, store: store.dialect };
      },
    }),
    route({
      method: 'GET',
      url: '/metrics',
      summary: 'Prometheus metrics',
      tags: ['operations'],
      access: 'public',
      responses: { 200: null },
      async handler({ reply }) {
        for (const [state, n] of Object.entries(await backlogs.notifications.counts())) metrics.outbox.set({ state }, n);
        for (const [keys, n] of Object.entries(await backlogs.matching.queueCounts())) metrics.duplicateChecks.set({ keys }, n);
        return reply.type(metrics.registry.contentType).send(await metrics.registry.metrics());
      },
    }),
    route({
      method: 'GET',
      url: '/api/openapi.json',
      summary: 'This API, as OpenAPI 3.1',
      tags: ['operations'],
      access: 'public',
      responses: { 200: null },
      handler: async () => openApi(),
    }),
  ];
}
