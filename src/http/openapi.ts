import { z } from 'zod';
import type { RouteSpec } from './route.js';

type JsonSchema = Record<string, unknown>;

const toSchema = (schema: z.ZodType, io: 'input' | 'output'): JsonSchema => {
  const { $schema: _ignored, ...rest } = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  return rest;
};

function parametersOf(schema: z.ZodType | undefined, where: 'path' | 'query') {
  if (!schema) return [];
  const json = toSchema(schema, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
  return Object.entries(json.properties ?? {}).map(([name, s]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema: s,
    ...(s.description ? { description: s.description } : {}),
  }));
}

const problemSchema = {
  type: 'object',
  description: 'RFC 9457 problem details; `errors` names each failing field by JSON pointer and rule.',
  properties: {
    type: { type: 'string' },
    title: { type: 'string' },
    status: { type: 'integer' },
    code: { type: 'string' },
    instance: { type: 'string' },
    errors: {
      type: 'array',
      items: {
        type: 'object',
        properties: {
          in: { enum: ['body', 'query', 'path', 'header'] },
          pointer: { type: 'string' },
          rule: { type: 'string' },
          params: { type: 'object' },
          message: { type: 'string' },
        },
        required: ['in', 'pointer', 'rule', 'message'],
      },
    },
  },
  required: ['type', 'title', 'status', 'code'],
};

/** The OpenAPI 3.1 document of the whole API, generated from the same schemas that validate requests. */
export function openApiDocument(specs: RouteSpec[], info: { version: string; serverUrl: string }) {
  const paths: Record<string, Record<string, unknown>> = {};
  for (const spec of specs) {
    const path = spec.url.replace(/:([A-Za-z0-9_]+)/g, '{$1}');
    // Residents' operations are public too (no staff session), some of them behind a resident's session.
    const isPublic = spec.access === 'public' || spec.access === 'applicant';
    const responses: Record<string, unknown> = {};
    for (const [status, schema] of Object.entries(spec.responses)) {
      responses[status] = schema
        ? { description: 'OK', content: { 'application/json': { schema: toSchema(schema, 'output') } } }
        : { description: 'No content' };
    }
    responses.default = {
      description: 'A problem',
      content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
    };
    const headers = [
      ...(spec.idempotent ? [{ name: 'Idempotency-Key', in: 'header', required: false, schema: { type: 'string', minLength: 8, maxLength: 128 } }] : []),
      ...(spec.versioned ? [{ name: 'If-Match', in: 'header', required: true, schema: { type: 'string' }, description: 'The ETag of the version being changed' }] : []),
    ];
    (paths[path] ??= {})[spec.method.toLowerCase()] = {
      summary: spec.summary,
      tags: isPublic ? [...spec.tags, 'public'] : spec.tags,
      ...(isPublic ? { security: spec.access === 'applicant' ? [{ resident: [] }] : [] } : {}),
      ...(typeof spec.access === 'object' ? { 'x-permission': spec.access.permission } : isPublic ? {} : { 'x-access': spec.access }),
      parameters: [...parametersOf(spec.params, 'path'), ...parametersOf(spec.query, 'query'), ...headers],
      ...(spec.body
        ? {
            requestBody: {
              required: true,
              content: Object.fromEntries(
                (spec.consumes ?? ['application/json']).map((type) => [
                  type,
                  { schema: type === 'application/json' ? toSchema(spec.body!, 'input') : { type: 'string', format: 'binary' } },
                ]),
              ),
            },
          }
        : {}),
      responses,
    };
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Homeward API',
      version: info.version,
      description:
        'Registration and humanitarian services. Operations tagged `public` need no staff session (those with `resident` ' +
        'security need a resident’s portal session); the others need the staff session cookie, at the sign-in stage named ' +
        'by `x-access` (any-session, enrolment, signed-in) or with the permission named by `x-permission`.',
    },
    servers: [{ url: info.serverUrl }],
    security: [{ session: [] }],
    components: {
      securitySchemes: {
        session: { type: 'apiKey', in: 'cookie', name: 'hw_session' },
        resident: { type: 'apiKey', in: 'cookie', name: 'hw_resident', description: 'A resident’s portal session, bound to one application' },
      },
      schemas: { Problem: problemSchema },
    },
    paths,
  };
}
