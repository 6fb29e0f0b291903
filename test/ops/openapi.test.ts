import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPermission } from '../../src/access/core/policy.js';
import { ApiClient } from '../support/client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { concretePath, isPublicPluginRoute, mountedRoutes } from '../support/routes.js';

interface Operation {
  summary: string;
  tags: string[];
  security?: unknown[];
  'x-permission'?: string;
  'x-access'?: string;
  parameters: { name: string; in: string; required: boolean }[];
  requestBody?: { content: Record<string, { schema: Record<string, unknown> }> };
  responses: Record<string, { content?: Record<string, { schema: Record<string, unknown> }> }>;
}

/**
 * Operations any staff member may use, whatever their role: finishing a sign-in, their own
 * session, password and second factors, and where intake happens.
 */
const signedInOnly = [
  'GET /api/session',
  'DELETE /api/session',
  'POST /api/session/totp',
  'POST /api/session/passkey/options',
  'POST /api/session/passkey',
  'POST /api/session/recovery-code',
  'POST /api/session/password',
  'PUT /api/session/preferences',
  'POST /api/session/factors/totp',
  'POST /api/session/factors/totp/confirm',
  'POST /api/session/factors/passkey/options',
  'POST /api/session/factors/passkey',
  'GET /api/session/factors',
  'DELETE /api/session/factors/:id',
  'POST /api/session/recovery-codes',
  'GET /api/outreach-events',
];

/** The document describes the API, whichever store is under it: it is checked once, on SQLite. */
describe('the OpenAPI document', () => {
  let t: TestApp;
  let doc: { openapi: string; paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, unknown> } };
  let operations: { method: string; url: string; operation: Operation }[];

  beforeAll(async () => {
    t = await startTestApp('sqlite');
    const res = await new ApiClient(t.url).get('/api/openapi.json');
    expect(res.status).toBe(200);
    doc = res.body;
    operations = Object.entries(doc.paths).flatMap(([path, byMethod]) =>
      Object.entries(byMethod).map(([method, operation]) => ({ method: method.toUpperCase(), url: path.replace(/\{(\w+)\}/g, ':$1'), operation })),
    );
  });
  afterAll(() => t?.close());

  it('is OpenAPI 3.1 and lists exactly the API routes the server answers', () => {
    expect(doc.openapi).toMatch(/^3\.1\.\d+$/);
    const served = mountedRoutes(t.app).filter((r) => !isPublicPluginRoute(r.url)).map((r) => `${r.method} ${r.url}`);
    expect(operations.map((o) => `${o.method} ${o.url}`).sort()).toEqual(served.sort());
  });

  it('tags public exactly the operations an anonymous caller may use', async () => {
    for (const { method, url, operation } of operations) {
      const res = await new ApiClient(t.url).request(method, concretePath(url));
      const isPublic = operation.tags.includes('public');
      // A resident's operations need no staff session, but their own portal session.
      const needsResident = (operation.security as object[] | undefined)?.some((s) => 'resident' in s) ?? false;
      expect(res.status === 401, `${method} ${url} answered ${res.status}`).toBe(!isPublic || needsResident);
      if (isPublic) expect(operation.security).toEqual(needsResident ? [{ resident: [] }] : []);
      else expect(operation.security).toBeUndefined();
    }
  });

  it('describes every operation: a summary, the permission it needs, its inputs and its problems', () => {
    for (const { method, url, operation } of operations) {
      const where = `${method} ${url}`;
      expect(operation.summary, where).toMatch(/\w{3,}/);
      expect(operation.responses.default?.content?.['application/problem+json']?.schema, where).toEqual({ $ref: '#/components/schemas/Problem' });
      for (const name of url.match(/:(\w+)/g) ?? []) {
        expect(operation.parameters, where).toContainEqual(expect.objectContaining({ name: name.slice(1), in: 'path', required: true }));
      }
      if (operation.tags.includes('public')) expect(operation['x-permission'], where).toBeUndefined();
      else if (signedInOnly.includes(where)) {
        expect(operation['x-permission'], where).toBeUndefined();
        expect(['any-session', 'enrolment', 'signed-in'], where).toContain(operation['x-access']);
      }
      else expect(isPermission(operation['x-permission'] ?? ''), `${where} names its permission`).toBe(true);
    }
    expect(doc.components.schemas.Problem).toBeDefined();
  });

  it('documents the request bodies, versions and idempotency keys it checks', () => {
    const intake = doc.paths['/api/applications']!.post!;
    const body = intake.requestBody!.content['application/json']!.schema as { properties: Record<string, unknown>; additionalProperties: boolean; required: string[] };
    expect(body.additionalProperties).toBe(false);
    expect(body.required).toEqual(expect.arrayContaining(['channel', 'applicant', 'declarations', 'informationNotice']));
    expect(Object.keys(body.properties)).not.toEqual(expect.arrayContaining(['ethnicity']));
    expect(intake.parameters).toContainEqual(expect.objectContaining({ name: 'Idempotency-Key', in: 'header', required: false }));

    const approve = doc.paths['/api/applications/{id}/approve']!.post!;
    expect(approve.parameters).toContainEqual(expect.objectContaining({ name: 'If-Match', in: 'header', required: true }));

    const attach = doc.paths['/api/applications/{id}/attachments']!.post!;
    expect(Object.keys(attach.requestBody!.content).sort()).toEqual(['application/pdf', 'image/jpeg', 'image/png', 'image/webp']);
    expect(attach.requestBody!.content['image/png']!.schema).toEqual({ type: 'string', format: 'binary' });
  });

  it('is rendered for people at /api/docs', async () => {
    const res = await new ApiClient(t.url).get('/api/docs');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/html/);
  });
});
