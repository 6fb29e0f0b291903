import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { ApiClient, signedInStaff, type ApiResponse } from '../support/client.js';
import { recordCounts } from '../support/counts.js';
import { receptionApplication, seedSites } from '../support/fixtures.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectNoLeak, expectProblem, fieldErrors } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';
import { acceptedRows, refusedRows, type BadInputRow, type Caller, type RowContext } from './bad-input-rows.js';

const byPointer = (a: { pointer: string; rule: string }, b: { pointer: string; rule: string }) =>
  a.pointer.localeCompare(b.pointer) || a.rule.localeCompare(b.rule);

describe.each(storeKinds)('bad input gets a clear problem document and changes nothing (%s)', (kind) => {
  let t: TestApp;
  let context: RowContext;
  const clients = {} as Record<Caller, ApiClient>;

  beforeAll(async () => {
    t = await startTestApp(kind, { clock: new ManualClock('2026-01-15T09:00:00.000Z') });
    const sites = await seedSites(t);
    clients.registrar = await signedInStaff(t, 'registrar.khk', ['registrar'], sites.khankendi.id);
    clients.reviewer = await signedInStaff(t, 'reviewer', ['reviewer']);
    clients.anonymous = new ApiClient(t.url);
    clients['forged-session'] = new ApiClient(t.url);
    clients['forged-session'].cookie = 'hw_session=dGhpcyBpcyBub3QgYSByZWFsIHNlc3Npb24gdG9rZW4';
    const received = await clients.registrar.post('/api/applications', receptionApplication(sites.khankendi.id));
    context = { officeId: sites.khankendi.id, outreachEventId: sites.outreach.id, application: received.body };
  });
  afterAll(() => t?.close());

  function send(row: BadInputRow, headers: Record<string, string> = {}): Promise<ApiResponse> {
    const client = clients[row.as ?? 'registrar'];
    const method = row.method ?? 'POST';
    const path = row.path?.(context) ?? '/api/applications';
    return client.request(method, path, {
      headers: { ...row.headers?.(context), ...headers },
      ...(row.raw ? { raw: row.raw(context) } : row.body ? { body: row.body(context) } : {}),
    });
  }

  it.each(refusedRows.map((row) => [row.name, row] as const))('refuses %s', async (_name, row) => {
    const before = await recordCounts(t);
    const res = await send(row);
    expectProblem(res, row.status, row.code!);
    if (row.errors) expect(fieldErrors(res).sort(byPointer)).toEqual([...row.errors].sort(byPointer));
    else expect(res.body.errors).toBeUndefined();
    for (const error of res.body.errors ?? []) expect(error.message, error.rule).not.toBe(error.rule);
    expect(await recordCounts(t)).toEqual(before);
  });

  it.each(acceptedRows.map((row) => [row.name, row] as const))('accepts %s', async (_name, row) => {
    const before = await recordCounts(t);
    const res = await send(row);
    expectNoLeak(res);
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    expect((await recordCounts(t)).applications).toBe(before.applications + 1);
    const view = await clients.registrar.get(`/api/applications/${res.body.id}`);
    expect(view.body.applicant).toMatchObject(row.check ?? {});
  });

  it('names the limit of the route in a 413', async () => {
    const scan = refusedRows.find((r) => r.name === 'a scan over 10 MB')!;
    const res = await send(scan);
    expect(res.body.title).toMatch(/10[\s,.]?48\d[\s,.]?\d{3}/);
  });

  describe.each([
    ['ru', 'Дата в будущем', /[А-я]/],
    ['hy', 'Ամսաթիվը ապագայում է', /[\u0531-\u058F]/],
    ['az', 'Tarix gələcəkdədir', /[əğıöşüç]/],
    ['en', 'This date is in the future', /^[\x20-\x7e]+$/],
  ])('in the caller’s language (%s)', (language, message, script) => {
    it('explains a bad field', async () => {
      const row = refusedRows.find((r) => r.name === 'a birth date in the future')!;
      const res = await send(row, { 'accept-language': `${language};q=0.9, fr;q=0.8` });
      expectProblem(res, 400, 'validation');
      expect(res.body.title).toMatch(script);
      expect(res.body.errors).toEqual([expect.objectContaining({ pointer: '/applicant/birthDate', rule: 'date.future', message })]);
    });

    it('explains a refusal without fields', async () => {
      const res = await clients.anonymous.get('/api/applications', { 'accept-language': language });
      expectProblem(res, 401, 'unauthenticated');
      expect(res.body.title).toMatch(script);
    });
  });

  it('logged no server error while refusing all of that', () => {
    const errors = t.logs.map((l) => JSON.parse(l)).filter((l) => l.level >= 50);
    expect(errors).toEqual([]);
  });
});
