import { z } from 'zod';
import { callerOf } from '../access/guard.js';
import { etag } from '../http/register.js';
import { route, type RouteSpec } from '../http/route.js';
import { attachmentKinds, attachmentMediaTypes, maxAttachmentBytes } from './core/attachments.js';
import { stepTypes, transitions } from './core/lifecycle.js';
import {
  ApplicationCreate,
  ApplicationIdParams,
  ApplicationList,
  ApplicationListQuery,
  ApplicationReceipt,
  ApplicationView,
  AttachmentView,
  IntakeFigures,
  IntakeFiguresQuery,
  StepRequest,
} from './schemas.js';
import type { RegistrationService } from './service.js';

const stepSummaries: Record<(typeof stepTypes)[number], string> = {
  'start-review': 'Start reviewing a received or resubmitted application',
  'request-information': 'Ask the applicant for more information (comment says what)',
  resubmit: 'Record the information the applicant brought',
  approve: 'Approve the application',
  reject: 'Reject the application with a reason code',
  'issue-documents': 'Record that the documents were issued',
  withdraw: 'Withdraw an open application with a reason code',
};

const purpose = ['registration', 'supervision'];

export function registrationRoutes(registration: RegistrationService): RouteSpec[] {
  const { intake, steps, views, attachments } = registration;
  return [
    route({
      method: 'POST',
      url: '/api/applications',
      summary: 'Register an application at a reception office or an outreach reception',
      tags: ['applications'],
      access: { permission: 'application.create' },
      body: ApplicationCreate,
      idempotent: true,
      responses: { 201: ApplicationReceipt },
      async handler({ body, idempotency, req, reply }) {
        const { result } = await intake.submit(callerOf(req), body, idempotency);
        reply.code(201).header('etag', etag(result.version)).header('location', `/api/applications/${result.id}`);
        return result;
      },
    }),
    route({
      method: 'GET',
      url: '/api/applications',
      summary: 'Worklist: applications by state, office, channel and day',
      tags: ['applications'],
      access: { permission: 'application.read', purpose },
      query: ApplicationListQuery,
      responses: { 200: ApplicationList },
      handler: ({ query, req }) => views.list(callerOf(req), query),
    }),
    route({
      method: 'GET',
      url: '/api/applications/:id',
      summary: 'An application with its applicant, household, timeline, messages and attachments',
      tags: ['applications'],
      access: { permission: 'application.read', purpose },
      params: ApplicationIdParams,
      responses: { 200: ApplicationView },
      async handler({ params, req, reply }) {
        const view = await views.application(callerOf(req), params.id);
        reply.header('etag', etag(view.version));
        return view;
      },
    }),
    ...stepTypes.map((step) =>
      route({
        method: 'POST',
        url: `/api/applications/:id/${step}`,
        summary: stepSummaries[step],
        tags: ['applications'],
        access: { permission: transitions[step].permission },
        params: ApplicationIdParams,
        body: StepRequest,
        idempotent: true,
        versioned: true,
        responses: { 200: ApplicationReceipt },
        async handler({ params, body, ifMatch, idempotency, req, reply }) {
          const { result } = await steps.take(callerOf(req), params.id, step, ifMatch!, body, idempotency);
          reply.header('etag', etag(result.version));
          return result;
        },
      }),
    ),
    route({
      method: 'POST',
      url: '/api/applications/:id/attachments',
      summary: 'Attach a document scan (the body is the file: JPEG, PNG, WebP or PDF, at most 10 MB)',
      tags: ['applications'],
      access: { permission: 'application.attach' },
      params: ApplicationIdParams,
      query: z.strictObject({ kind: z.enum(attachmentKinds) }),
      body: z.instanceof(Buffer),
      consumes: [...attachmentMediaTypes],
      bodyLimit: maxAttachmentBytes + 1024,
      idempotent: true,
      responses: { 201: AttachmentView },
      async handler({ params, query, body, idempotency, req, reply }) {
        const type = String(req.headers['content-type']).split(';')[0]!.trim();
        const view = await attachments.add(callerOf(req), params.id, query.kind, type, body, idempotency);
        reply.code(201);
        return view;
      },
    }),
    route({
      method: 'GET',
      url: '/api/applications/:id/attachments/:attachmentId',
      summary: 'The content of a document scan',
      tags: ['applications'],
      access: { permission: 'application.read', purpose },
      params: z.strictObject({ id: z.string().min(1).max(64), attachmentId: z.string().min(1).max(64) }),
      responses: { 200: null },
      async handler({ params, req, reply }) {
        const file = await attachments.content(callerOf(req), params.id, params.attachmentId);
        return reply.type(file.mediaType).header('cache-control', 'no-store').send(file.content);
      },
    }),
    route({
      method: 'GET',
      url: '/api/reports/intake',
      summary: 'Applications per day, channel, office and outreach reception',
      tags: ['reports'],
      access: { permission: 'report.read' },
      query: IntakeFiguresQuery,
      responses: { 200: IntakeFigures },
      handler: ({ query, req }) => views.intakeFigures(callerOf(req), query.from, query.to),
    }),
  ];
}
