import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import QRCode from 'qrcode';
import { z } from 'zod';
import { isCrossSite } from '../access/guard.js';
import { etag } from '../http/register.js';
import { route, type RouteSpec } from '../http/route.js';
import { Problem } from '../platform/problem.js';
import { attachmentMediaTypes, maxAttachmentBytes } from '../registration/core/attachments.js';
import { AttachmentView } from '../registration/schemas.js';
import { accessPolicy } from './core/access.js';
import type { Follow, ResidentSession } from './follow.js';
import { renderReceiptPdf } from './receipt-pdf.js';
import {
  CodeChallenge,
  CodeEntry,
  CodeRequest,
  NotifyPreference,
  PortalApplicationCreate,
  PortalReceipt,
  ReceiptCheck,
  ReceiptKeys,
  ReceiptPdfQuery,
  ReceiptVerdict,
  ResidentAnswer,
  ResidentApplication,
  ResidentAttachmentQuery,
} from './schemas.js';
import type { Portal } from './service.js';

export const residentCookie = 'hw_resident';

declare module 'fastify' {
  interface FastifyRequest {
    resident?: ResidentSession;
  }
}

/**
 * Residents' routes (access 'applicant') need the resident's own session, checked before anything
 * of the request is read, as the staff guard does for staff routes; a staff session counts for
 * nothing here. Cookies are SameSite=Strict and changes from another site are refused.
 */
export function installResidentGuard(app: FastifyInstance, follow: Follow) {
  app.addHook('onRequest', async (req) => {
    if (req.routeOptions.config?.access !== 'applicant') return;
    const session = await follow.resolve(req.cookies[residentCookie]);
    if (!session) throw new Problem('unauthenticated');
    if (req.method !== 'GET' && isCrossSite(req)) throw Problem.forbidden('cross-site');
    req.resident = session;
  });
}

/** The resident's session of a request on an 'applicant' route (the guard above set it). */
export function resident(req: FastifyRequest): ResidentSession {
  if (!req.resident) throw new Problem('unauthenticated');
  return req.resident;
}
/** Where the published receipt keys live, for verifiers that are not the portal. */
export const receiptKeysPath = '/.well-known/homeward-receipt-keys.json';

const tags = ['portal'];

/** The resident's portal routes. Those declared 'applicant' act only on the application their session is bound to. */
export function portalRoutes(portal: Portal, options: { secureCookies: boolean; publicUrl: string }): RouteSpec[] {
  const { follow, receipts } = portal;

  const setSession = (reply: FastifyReply, token: string) =>
    reply.setCookie(residentCookie, token, {
      path: '/api/portal',
      httpOnly: true,
      sameSite: 'strict',
      secure: options.secureCookies,
      maxAge: accessPolicy.sessionAbsoluteMs / 1000,
    });

  return [
    route({
      method: 'POST',
      url: '/api/portal/applications',
      summary: 'Apply for initial registration from the portal; answers the reference number and the signed receipt',
      tags,
      access: 'public',
      body: PortalApplicationCreate,
      idempotent: true,
      responses: { 201: PortalReceipt },
      async handler({ body, idempotency, req, reply }) {
        const { applicationId, ...receipt } = await portal.apply(req.ip, body, idempotency);
        // The applicant may add document photos to what they just sent, without asking for a code.
        setSession(reply, (await follow.openSession(applicationId)).token);
        reply.code(201);
        return receipt;
      },
    }),
    route({
      method: 'GET',
      url: receiptKeysPath,
      summary: 'The public keys that sign residents’ receipts (Ed25519, raw, base64), for checking receipts offline',
      tags,
      access: 'public',
      responses: { 200: ReceiptKeys },
      async handler({ reply }) {
        reply.header('cache-control', 'public, max-age=3600');
        return { keys: receipts.publicKeys() };
      },
    }),
    route({
      method: 'POST',
      url: '/api/portal/receipts/verify',
      summary: 'Check whether a receipt’s QR payload is genuine',
      tags,
      access: 'public',
      body: ReceiptCheck,
      responses: { 200: ReceiptVerdict },
      handler: async ({ body }) => receipts.verify(body.payload),
    }),
    route({
      method: 'GET',
      url: '/api/portal/receipts/pdf',
      summary: 'The printable receipt (PDF with the signed QR code) for a genuine payload; it holds nothing the payload does not',
      tags,
      access: 'public',
      query: ReceiptPdfQuery,
      responses: { 200: null },
      async handler({ query, reply }) {
        const verdict = receipts.verify(query.payload);
        if (!verdict.genuine) throw Problem.notFound('receipt');
        const { genuine: _genuine, ...facts } = verdict;
        const key = receipts.publicKeys().find((k) => k.id === facts.keyId)!;
        const pdf = await renderReceiptPdf({ payload: query.payload, facts, publicKey: key.publicKey, language: query.lang, portalUrl: `${options.publicUrl}/portal` });
        return reply
          .type('application/pdf')
          .header('content-disposition', `inline; filename="homeward-${facts.reference}.pdf"`)
          .send(pdf);
      },
    }),
    route({
      method: 'GET',
      url: '/api/portal/receipts/qr.svg',
      summary: 'The QR code of a genuine receipt payload, as SVG (so the portal needs no QR code of its own)',
      tags,
      access: 'public',
      query: ReceiptCheck,
      responses: { 200: null },
      async handler({ query, reply }) {
        if (!receipts.verify(query.payload).genuine) throw Problem.notFound('receipt');
        const svg = await QRCode.toString(query.payload, { type: 'svg', errorCorrectionLevel: 'M', margin: 4 });
        return reply.type('image/svg+xml').header('cache-control', 'public, max-age=86400').send(svg);
      },
    }),
    route({
      method: 'POST',
      url: '/api/portal/codes',
      summary: 'Ask for a one-time code to follow an application (sent to the phone or e-mail on file if the details match; the answer is the same either way)',
      tags,
      access: 'public',
      body: CodeRequest,
      responses: { 202: CodeChallenge },
      async handler({ body, locale, req, reply }) {
        reply.code(202);
        return follow.requestCode(req.ip, body.reference, body.birthDate, locale);
      },
    }),
    route({
      method: 'POST',
      url: '/api/portal/session',
      summary: 'Enter the one-time code: opens a resident’s session for that one application',
      tags,
      access: 'public',
      body: CodeEntry,
      responses: { 200: z.object({ expiresAt: z.string() }) },
      async handler({ body, req, reply }) {
        const { token, expiresAt } = await follow.enterCode(req.ip, body.challengeId, body.code);
        setSession(reply, token);
        return { expiresAt };
      },
    }),
    route({
      method: 'DELETE',
      url: '/api/portal/session',
      summary: 'Leave: ends the resident’s session',
      tags,
      access: 'applicant',
      responses: { 204: null },
      async handler({ req, reply }) {
        await follow.end(resident(req));
        reply.clearCookie(residentCookie, { path: '/api/portal' });
        return reply.code(204).send();
      },
    }),
    route({
      method: 'GET',
      url: '/api/portal/application',
      summary: 'The resident’s application: status, timeline, what is asked, documents, how they are told',
      tags,
      access: 'applicant',
      responses: { 200: ResidentApplication },
      async handler({ req, reply }) {
        const view = await portal.application(resident(req));
        reply.header('etag', etag(view.version));
        return view;
      },
    }),
    route({
      method: 'POST',
      url: '/api/portal/application/attachments',
      summary: 'Add a document photo or scan to the resident’s application (JPEG, PNG, WebP or PDF)',
      tags,
      access: 'applicant',
      query: ResidentAttachmentQuery,
      body: z.instanceof(Buffer),
      consumes: [...attachmentMediaTypes],
      bodyLimit: maxAttachmentBytes + 1024,
      idempotent: true,
      responses: { 201: AttachmentView },
      async handler({ query, body, idempotency, req, reply }) {
        const type = String(req.headers['content-type']).split(';')[0]!.trim();
        const view = await portal.attach(resident(req), query.kind, type, body, idempotency);
        reply.code(201);
        return view;
      },
    }),
    route({
      method: 'POST',
      url: '/api/portal/application/answer',
      summary: 'Answer a request for information (after adding the documents asked for)',
      tags,
      access: 'applicant',
      body: ResidentAnswer,
      idempotent: true,
      versioned: true,
      responses: { 200: ResidentApplication },
      async handler({ body, ifMatch, idempotency, req, reply }) {
        const session = resident(req);
        await portal.answer(session, ifMatch!, body.comment, idempotency);
        const view = await portal.application(session);
        reply.header('etag', etag(view.version));
        return view;
      },
    }),
    route({
      method: 'PUT',
      url: '/api/portal/application/notify',
      summary: 'Choose how to be told about the application: SMS or e-mail',
      tags,
      access: 'applicant',
      body: NotifyPreference,
      responses: { 200: ResidentApplication },
      async handler({ body, req, reply }) {
        const view = await portal.setNotifyBy(resident(req), body.notifyBy);
        reply.header('etag', etag(view.version));
        return view;
      },
    }),
  ];
}
