import { z } from 'zod';
import { route, type RouteSpec } from '../http/route.js';
import { resident } from '../portal/http.js';
import { renderCopyPdf } from './copy-pdf.js';
import { AccessLog, CopyPdfQuery, CorrectionInput, DataCopy, IdParams, ResidentCorrection, ResidentErasureRequest } from './schemas.js';
import type { Rights } from './service.js';

const tags = ['portal', 'rights'];

/**
 * A resident's rights through the portal, once verified with a one-time code: who accessed their
 * file and why, a copy of all their data (JSON and a readable PDF), their scans, corrections, and
 * erasure (asked for here, decided by the data-protection officer).
 * Every route reaches only what the session's resident is (rights/resident-file.ts).
 */
export function residentRightsRoutes(rights: Rights): RouteSpec[] {
  const fileOf = (req: Parameters<typeof resident>[0]) => rights.residentFile(resident(req).applicationId);
  const copyOf = async (req: Parameters<typeof resident>[0]) => {
    const file = await fileOf(req);
    return rights.copies.of(file, { corrections: await rights.corrections.mine(file), accessLog: await rights.accessLog(file) });
  };
  return [
    route({
      method: 'GET',
      url: '/api/portal/rights/access-log',
      summary: 'Who looked at or changed the resident’s file: when, which role from which office, for what purpose (never who)',
      tags,
      access: 'applicant',
      responses: { 200: AccessLog },
      handler: async ({ req }) => ({ items: await rights.accessLog(await fileOf(req)) }),
    }),
    route({
      method: 'GET',
      url: '/api/portal/rights/copy.json',
      summary: 'A copy of everything the registry holds about the resident, special categories opened, as JSON',
      tags,
      access: 'applicant',
      responses: { 200: DataCopy },
      async handler({ req, reply }) {
        const copy = await copyOf(req);
        reply.header('content-disposition', 'attachment; filename="homeward-my-data.json"');
        return copy;
      },
    }),
    route({
      method: 'GET',
      url: '/api/portal/rights/copy.pdf',
      summary: 'The same copy as a document to read or print, in the resident’s language',
      tags,
      access: 'applicant',
      query: CopyPdfQuery,
      responses: { 200: null },
      async handler({ query, locale, req, reply }) {
        const pdf = await renderCopyPdf(await copyOf(req), query.lang ?? locale);
        return reply.type('application/pdf').header('content-disposition', 'attachment; filename="homeward-my-data.pdf"').send(pdf);
      },
    }),
    route({
      method: 'GET',
      url: '/api/portal/rights/attachments/:id',
      summary: 'One of the resident’s own document scans',
      tags,
      access: 'applicant',
      params: IdParams,
      responses: { 200: null },
      async handler({ params, req, reply }) {
        const file = await rights.copies.scan(await fileOf(req), params.id);
        return reply.type(file.mediaType).header('content-disposition', 'attachment').send(file.content);
      },
    }),
    route({
      method: 'GET',
      url: '/api/portal/rights/corrections',
      summary: 'The resident’s correction requests and what became of them',
      tags,
      access: 'applicant',
      responses: { 200: z.object({ items: z.array(ResidentCorrection) }) },
      handler: async ({ req }) => ({ items: await rights.corrections.mine(await fileOf(req)) }),
    }),
    route({
      method: 'POST',
      url: '/api/portal/rights/corrections',
      summary: 'Ask for a correction: the right value of a detail, or in words what is wrong',
      tags,
      access: 'applicant',
      body: CorrectionInput,
      idempotent: true,
      responses: { 201: ResidentCorrection },
      async handler({ body, idempotency, req, reply }) {
        reply.code(201);
        return rights.corrections.ask(await fileOf(req), body, idempotency);
      },
    }),
    route({
      method: 'GET',
      url: '/api/portal/rights/erasure',
      summary: 'The resident’s requests to have their data erased, and what became of them',
      tags,
      access: 'applicant',
      responses: { 200: z.object({ items: z.array(ResidentErasureRequest) }) },
      handler: async ({ req }) => ({ items: await rights.erasureRequests.mine(await fileOf(req)) }),
    }),
    route({
      method: 'POST',
      url: '/api/portal/rights/erasure',
      summary: 'Ask for one’s data to be erased: the data-protection officer decides (a legal hold keeps it); 409 while a request is open',
      tags,
      access: 'applicant',
      idempotent: true,
      responses: { 201: ResidentErasureRequest },
      async handler({ idempotency, req, reply }) {
        reply.code(201);
        return rights.erasureRequests.ask(await fileOf(req), idempotency);
      },
    }),
  ];
}
