import { z } from 'zod';
import { actorOf } from '../access/guard.js';
import { route, type RouteSpec } from '../http/route.js';
import { CreateOfficeRequest, CreateOutreachEventRequest, OfficeView, OutreachEventQuery, OutreachEventView } from './schemas.js';
import type { OfficesService } from './service.js';

export function officesRoutes(offices: OfficesService): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/offices',
      summary: 'Reception offices',
      tags: ['offices'],
      access: 'public',
      responses: { 200: z.array(OfficeView) },
      handler: () => offices.listOffices(),
    }),
    route({
      method: 'POST',
      url: '/api/offices',
      summary: 'Open a reception office',
      tags: ['offices'],
      access: { permission: 'office.manage' },
      body: CreateOfficeRequest,
      responses: { 201: OfficeView },
      async handler({ body, req, reply }) {
        reply.code(201);
        return offices.createOffice(actorOf(req), body);
      },
    }),
    route({
      method: 'GET',
      url: '/api/outreach-events',
      summary: 'Outreach receptions, newest first',
      tags: ['offices'],
      access: 'signed-in',
      query: OutreachEventQuery,
      responses: { 200: z.array(OutreachEventView) },
      handler: ({ query }) => offices.listOutreachEvents(query),
    }),
    route({
      method: 'POST',
      url: '/api/outreach-events',
      summary: 'Plan an outreach reception in a village',
      tags: ['offices'],
      access: { permission: 'outreach.plan' },
      body: CreateOutreachEventRequest,
      responses: { 201: OutreachEventView },
      async handler({ body, req, reply }) {
        reply.code(201);
        return offices.createOutreachEvent(actorOf(req), body);
      },
    }),
  ];
}
