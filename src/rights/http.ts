import { z } from 'zod';
import { callerOf } from '../access/guard.js';
import { route, type RouteSpec } from '../http/route.js';
import {
  CorrectionApply,
  CorrectionListQuery,
  CorrectionReject,
  ErasureRequest,
  ErasureRequestListQuery,
  ErasureRequestRefusal,
  ErasureView, ExportApproval, ExportRefusal, ExportRequest, ExportView,
  HoldRequest,
  HoldView,
  IdParams,
  ListQuery,
  ResidentCorrection,
  StaffCorrection,
  StaffErasureRequest,
} from './schemas.js';
import type { Rights } from './service.js';

const tags = ['rights'];

/**
 * The staff side of residents' rights: registrars and supervisors resolve correction requests;
 * the data-protection officer erases, places and lifts legal holds and approves exports — by ids
 * and column names, never seeing the data; a supervisor asks for exports and downloads the file.
 */
export function rightsRoutes({ erasure, erasureRequests, holds, exports, corrections }: Rights): RouteSpec[] {
  return [
    route({
      method: 'GET',
      url: '/api/corrections',
      summary: 'Corrections residents asked for, each beside the value the record holds now (the read is audited)',
      tags,
      access: { permission: 'person.update', purpose: ['registration', 'supervision', 'data-subject-request'] },
      query: CorrectionListQuery,
      responses: { 200: z.object({ items: z.array(StaffCorrection) }) },
      handler: async ({ query, req }) => ({ items: await corrections.list(callerOf(req), query.state, query.limit) }),
    }),
    route({
      method: 'POST',
      url: '/api/corrections/:id/apply',
      summary: 'Apply a correction: the record changes, keeping the old and the new value in its history',
      tags,
      access: { permission: 'person.update' },
      params: IdParams,
      body: CorrectionApply,
      responses: { 200: ResidentCorrection },
      handler: ({ params, body, req }) => corrections.resolve(callerOf(req), params.id, true, body.note),
    }),
    route({
      method: 'POST',
      url: '/api/corrections/:id/reject',
      summary: 'Reject a correction, saying why (the resident reads the note)',
      tags,
      access: { permission: 'person.update' },
      params: IdParams,
      body: CorrectionReject,
      responses: { 200: ResidentCorrection },
      handler: ({ params, body, req }) => corrections.resolve(callerOf(req), params.id, false, body.note),
    }),
    route({
      method: 'POST',
      url: '/api/people/:id/erasure',
      summary: 'Erase a person everywhere (every record of theirs, their applications anonymised), with a reason; idempotent',
      tags,
      access: { permission: 'person.erase', purpose: 'data-subject-request' },
      params: IdParams,
      body: ErasureRequest,
      responses: { 200: ErasureView },
      handler: ({ params, body, req }) => {
        const caller = callerOf(req);
        return erasure.erasePerson({ actor: caller.actor, reason: body.reason, note: body.note, ...(caller.purpose ? { purpose: caller.purpose } : {}) }, params.id);
      },
    }),
    route({
      method: 'GET',
      url: '/api/erasure-requests',
      summary: 'Erasure requests residents made on the portal (ids and times only), oldest first; erase through /api/people/{id}/erasure',
      tags,
      access: { permission: 'person.erase' },
      query: ErasureRequestListQuery,
      responses: { 200: z.object({ items: z.array(StaffErasureRequest) }) },
      handler: async ({ query }) => ({ items: await erasureRequests.list(query.state, query.limit) }),
    }),
    route({
      method: 'POST',
      url: '/api/erasure-requests/:id/refuse',
      summary: 'Refuse a resident’s erasure request, with the reason they will read',
      tags,
      access: { permission: 'person.erase' },
      params: IdParams,
      body: ErasureRequestRefusal,
      responses: { 200: StaffErasureRequest },
      handler: ({ params, body, req }) => erasureRequests.refuse(callerOf(req), params.id, body.note),
    }),
    route({
      method: 'GET',
      url: '/api/erasures',
      summary: 'Erasures, newest first: why, how many people and applications, how far each got',
      tags,
      access: { permission: 'person.erase' },
      query: ListQuery,
      responses: { 200: z.object({ items: z.array(ErasureView) }) },
      handler: async ({ query }) => ({ items: await erasure.list(query.limit) }),
    }),
    route({
      method: 'GET',
      url: '/api/erasures/:id',
      summary: 'One erasure and how far it got',
      tags,
      access: { permission: 'person.erase' },
      params: IdParams,
      responses: { 200: ErasureView },
      handler: ({ params }) => erasure.get(params.id),
    }),
    route({
      method: 'POST',
      url: '/api/people/:id/legal-holds',
      summary: 'Place a legal hold: nothing of the person is erased, on request or by retention, until it is lifted',
      tags,
      access: { permission: 'person.legal-hold' },
      params: IdParams,
      body: HoldRequest,
      responses: { 201: HoldView },
      async handler({ params, body, req, reply }) {
        reply.code(201);
        return holds.place(callerOf(req), params.id, body.reason);
      },
    }),
    route({
      method: 'GET',
      url: '/api/people/:id/legal-holds',
      summary: "A person's legal holds, lifted ones too",
      tags,
      access: { permission: 'person.legal-hold' },
      params: IdParams,
      responses: { 200: z.object({ items: z.array(HoldView) }) },
      handler: async ({ params }) => ({ items: await holds.of(params.id) }),
    }),
    route({
      method: 'POST',
      url: '/api/legal-holds/:id/lift',
      summary: 'Lift a legal hold',
      tags,
      access: { permission: 'person.legal-hold' },
      params: IdParams,
      responses: { 200: HoldView },
      handler: ({ params, req }) => holds.lift(callerOf(req), params.id),
    }),
    route({
      method: 'POST',
      url: '/api/exports',
      summary: 'Ask for a file of personal data for a partner (columns from the allow-list); someone else must approve it',
      tags,
      access: { permission: 'export.request' },
      body: ExportRequest,
      responses: { 201: ExportView },
      async handler({ body, req, reply }) {
        reply.code(201);
        return exports.request(callerOf(req), body);
      },
    }),
    route({
      method: 'GET',
      url: '/api/exports',
      summary: 'Personal-data exports, newest first, with their decisions and expiry',
      tags,
      access: { permission: 'export.read' },
      query: ListQuery,
      responses: { 200: z.object({ items: z.array(ExportView) }) },
      handler: async ({ query }) => ({ items: await exports.list(query.limit) }),
    }),
    route({
      method: 'GET',
      url: '/api/exports/:id',
      summary: 'One export: who asked, for whom, why, which columns, the decision',
      tags,
      access: { permission: 'export.read' },
      params: IdParams,
      responses: { 200: ExportView },
      handler: ({ params }) => exports.get(params.id),
    }),
    route({
      method: 'POST',
      url: '/api/exports/:id/approve',
      summary: 'Approve an export someone else asked for: the file is made now and can be downloaded until it expires',
      tags,
      access: { permission: 'export.approve' },
      params: IdParams,
      body: ExportApproval,
      responses: { 200: ExportView },
      handler: ({ params, body, req }) => exports.decide(callerOf(req), params.id, true, body.note),
    }),
    route({
      method: 'POST',
      url: '/api/exports/:id/refuse',
      summary: 'Refuse an export someone else asked for, saying why',
      tags,
      access: { permission: 'export.approve' },
      params: IdParams,
      body: ExportRefusal,
      responses: { 200: ExportView },
      handler: ({ params, body, req }) => exports.decide(callerOf(req), params.id, false, body.note),
    }),
    route({
      method: 'GET',
      url: '/api/exports/:id/download',
      summary: 'The approved file (CSV), for the one who asked, until it expires; every download is audited per person',
      tags,
      access: { permission: 'export.request' },
      params: IdParams,
      responses: { 200: null },
      async handler({ params, req, reply }) {
        const { content, view } = await exports.download(callerOf(req), params.id);
        return reply
          .type('text/csv; charset=utf-8')
          .header('content-disposition', `attachment; filename="homeward-export-${view.id}.csv"`)
          .send(content);
      },
    }),
  ];
}
