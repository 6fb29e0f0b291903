import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { IdempotencyClaim } from '../store/idempotency.js';
import type { Locale } from '../platform/i18n/locale.js';

/**
 * Who may call a route. Every route states it: 'public' for residents and the world;
 * 'applicant' for a resident's own portal session (checked by the portal's routes: staff sessions
 * count for nothing there, nor resident sessions anywhere else); for staff sessions (see
 * access/core/sign-in-stages.ts) 'any-session' (finishing a sign-in), 'enrolment' (setting up a
 * second factor), 'signed-in' (one's own account); otherwise the permission a
 * staff session needs and, for reads of personal data, the purpose (or purposes, the first the
 * reader's role has being the default) recorded in the audit trail.
 * Routes without one are refused at start-up.
 */
export type Access = 'public' | 'applicant' | 'any-session' | 'enrolment' | 'signed-in' | { permission: string; purpose?: string | readonly string[] };

export interface HandlerInput<B, Q, P> {
  body: B;
  query: Q;
  params: P;
  locale: Locale;
  /** Present when the caller sent an Idempotency-Key on a route that takes one. */
  idempotency?: IdempotencyClaim;
  /** The version the caller based its change on (If-Match), on routes that take one. */
  ifMatch?: number;
  req: FastifyRequest;
  reply: FastifyReply;
}

export interface RouteSpec<B = unknown, Q = unknown, P = unknown> {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  url: string;
  summary: string;
  tags: string[];
  access: Access;
  body?: z.ZodType<B>;
  query?: z.ZodType<Q>;
  params?: z.ZodType<P>;
  /** Media types the body may have; JSON by default. Anything else is a 415. */
  consumes?: string[];
  bodyLimit?: number;
  /** Response schemas by status, for the OpenAPI document. */
  responses: Record<number, z.ZodType | null>;
  /** The route accepts an Idempotency-Key header (every create does). */
  idempotent?: boolean;
  /** The route changes a versioned record and requires If-Match. */
  versioned?: boolean;
  handler(input: HandlerInput<B, Q, P>): Promise<unknown>;
}

/** Declares a route; a function only so that TypeScript infers the handler's input from the schemas. */
export function route<B = undefined, Q = undefined, P = undefined>(spec: RouteSpec<B, Q, P>): RouteSpec {
  return spec as RouteSpec;
}
