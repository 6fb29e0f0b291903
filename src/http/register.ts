import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { IdempotencyClaim } from '../store/idempotency.js';
import type { Locale } from '../platform/i18n/locale.js';
import { Problem, type FieldError } from '../platform/problem.js';
import type { RouteSpec } from './route.js';
import { fieldErrorsFrom, pointerOf, type Location } from './zod-errors.js';

declare module 'fastify' {
  interface FastifyRequest {
    locale: Locale;
  }
  interface FastifyContextConfig {
    spec?: RouteSpec;
    access?: RouteSpec['access'];
  }
}

/** Who owns an idempotency key: set by the access layer (the user, or the public caller). */
export type IdempotencyScope = (req: FastifyRequest) => string;

/**
 * Mounts route specs on Fastify. Parsing happens here, once, with the route's zod schemas: the
 * handler only ever sees valid, typed input, and every failure is one problem document listing all
 * failing fields of body, query and path together.
 */
export function registerRoutes(app: FastifyInstance, specs: RouteSpec[], scopeOf: IdempotencyScope) {
  for (const spec of specs) {
    app.route({
      method: spec.method,
      url: spec.url,
      config: { spec, access: spec.access },
      ...(spec.bodyLimit ? { bodyLimit: spec.bodyLimit } : {}),
      handler: async (req, reply) => {
        checkMediaType(spec, req);
        const errors: FieldError[] = [];
        const body = parsePart(spec.body, req.body, 'body', errors);
        const query = parsePart(spec.query, req.query, 'query', errors);
        const params = parsePart(spec.params, req.params, 'path', errors);
        const idempotency = spec.idempotent ? idempotencyClaim(req, scopeOf, errors) : undefined;
        const ifMatch = spec.versioned ? versionFrom(req, errors) : undefined;
        if (errors.length) throw Problem.validation(errors);
        return spec.handler({ body, query, params, idempotency, ifMatch, locale: req.locale, req, reply });
      },
    });
  }
}

function checkMediaType(spec: RouteSpec, req: FastifyRequest) {
  if (!spec.body) return;
  const type = (req.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
  const accepted = spec.consumes ?? ['application/json'];
  if (!accepted.includes(type)) throw new Problem('unsupported-media-type', { expected: accepted.join(', ') });
}

function parsePart<T>(schema: z.ZodType<T> | undefined, value: unknown, location: Location, errors: FieldError[]): T {
  if (!schema) return undefined as T;
  nulCharacters(value, [], location, errors);
  const result = schema.safeParse(value ?? (location === 'body' ? undefined : {}), { reportInput: true });
  if (result.success) return result.data;
  errors.push(...fieldErrorsFrom(result.error, location));
  return undefined as T;
}

/** PostgreSQL cannot store U+0000 in text (and no one types it): refused in any string, wherever it is. */
function nulCharacters(value: unknown, path: PropertyKey[], location: Location, errors: FieldError[]) {
  if (typeof value === 'string') {
    if (value.includes('\u0000')) errors.push({ in: location, pointer: pointerOf(path), rule: 'invalid' });
  } else if (value !== null && typeof value === 'object' && !Buffer.isBuffer(value)) {
    for (const [key, item] of Object.entries(value)) nulCharacters(item, [...path, key], location, errors);
  }
}

const keyPattern = /^[\x21-\x7e]{8,128}$/;

function idempotencyClaim(req: FastifyRequest, scopeOf: IdempotencyScope, errors: FieldError[]): IdempotencyClaim | undefined {
  const key = req.headers['idempotency-key'];
  if (key === undefined) return undefined;
  if (typeof key !== 'string' || !keyPattern.test(key)) {
    errors.push({ in: 'header', pointer: '/Idempotency-Key', rule: 'header.idempotency-key' });
    return undefined;
  }
  const requestHash = createHash('sha256')
    .update(`${req.method} ${req.routeOptions.url}\n${JSON.stringify(req.params)}\n`)
    .update(Buffer.isBuffer(req.body) ? req.body : JSON.stringify(req.body ?? null))
    .digest('base64url');
  return { scope: scopeOf(req), key, requestHash };
}

/** Versions travel as strong ETags: "7". A missing If-Match on a versioned route is a 428. */
function versionFrom(req: FastifyRequest, errors: FieldError[]): number | undefined {
  const header = req.headers['if-match'];
  if (header === undefined) throw new Problem('version-required');
  const match = /^"(\d{1,9})"$/.exec(String(header).trim());
  if (!match) {
    errors.push({ in: 'header', pointer: '/If-Match', rule: 'header.if-match' });
    return undefined;
  }
  return Number(match[1]);
}

export const etag = (version: number) => `"${version}"`;
