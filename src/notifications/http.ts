import { z } from 'zod';
import { actorOf } from '../access/guard.js';
import { route, type RouteSpec } from '../http/route.js';
import { NotificationIdParams, NotificationQuery, NotificationView } from './schemas.js';
import type { NotificationsService } from './service.js';

export function notificationsRoutes(notifications: NotificationsService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/notifications',
      summary: 'Messages by delivery state (dead letters by default)',
      tags: ['notifications'],
      access: { permission: 'notification.manage' },
      query: NotificationQuery,
      responses: { 200: z.array(NotificationView) },
      handler: ({ query }) => notifications.list(query.state, query.limit),
    }),
    route({
      method: 'POST',
      url: '/api/notifications/:id/retry',
      summary: 'Try a dead message again',
      tags: ['notifications'],
      access: { permission: 'notification.manage' },
      params: NotificationIdParams,
      responses: { 200: NotificationView },
      handler: ({ params, req }) => notifications.retry(actorOf(req), params.id),
    }),
  ];
}
