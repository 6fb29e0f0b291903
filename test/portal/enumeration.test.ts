import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { portalThrottle } from '../../src/portal/core/access.js';
import { ManualClock } from '../../src/platform/clock.js';
import { makeReference } from '../../src/registration/core/reference.js';
import { ApiClient, type ApiResponse } from '../support/client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem, fieldErrors } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';
import { apply, deliveredCode, portalApplication } from './support.js';

const unknownReference = () => makeReference((n) => crypto.getRandomValues(new Uint8Array(n)));
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const spread = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length * 0.9)]! - s[Math.floor(s.length * 0.1)]!;
};

/** What an observer sees of an answer: status, header names, body shape (ids and times replaced by their kind). */
function visible(res: ApiResponse) {
  const headers = [...res.headers.keys()].filter((h) => !['date', 'content-length'].includes(h)).sort();
  const body = JSON.stringify(res.body).replace(/"[0-9a-f-]{36}"/g, '"<uuid>"').replace(/"\d{4}-\d\d-\d\dT[\d:.]+Z"/g, '"<time>"');
  return { status: res.status, headers, body, length: JSON.stringify(res.body).length };
}

describe.each(storeKinds)('no enumeration of applications (%s)', (kind) => {
  let t: TestApp;
  const clock = new ManualClock('2026-03-01T08:00:00.000Z');
  let reference: string;
  const birthDate = '1984-07-02';
  const ask = (body: object) => new ApiClient(t.url).request('POST', '/api/portal/codes', { body, headers: { 'accept-language': 'ru' } });

  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    reference = (await apply(new ApiClient(t.url), portalApplication())).body.reference;
  });
  beforeEach(() => clock.advance(2 * 60 * 60_000));
  afterAll(() => t?.close());

  it('answers a wrong birth date and an unknown reference exactly as it answers a match', async () => {
    const match = await ask({ reference, birthDate });
    clock.advance(2 * 60 * 60_000);
    const wrongBirth = await ask({ reference, birthDate: '1984-07-03' });
    const unknown = await ask({ reference: unknownReference(), birthDate });
    expect(visible(wrongBirth)).toEqual(visible(match));
    expect(visible(unknown)).toEqual(visible(match));
    // Only the matching request sends a code.
    expect(await deliveredCode(t, reference)).toMatch(/^\d{6}$/);
  });

  it('takes as long to answer a miss as a match, within the noise', async () => {
    const times = { match: [] as number[], wrongBirth: [] as number[], unknown: [] as number[] };
    for (let i = 0; i < 25; i++) {
      clock.advance(2 * 60 * 60_000);
      for (const [name, body] of [
        ['match', { reference, birthDate }],
        ['wrongBirth', { reference, birthDate: '1901' }],
        ['unknown', { reference: unknownReference(), birthDate }],
      ] as const) {
        const started = performance.now();
        expect((await ask(body)).status).toBe(202);
        times[name].push(performance.now() - started);
      }
    }
    const noise = Math.max(2, spread(times.match), spread(times.unknown));
    expect(Math.abs(median(times.unknown) - median(times.match)), JSON.stringify({ medians: Object.values(times).map(median), noise })).toBeLessThan(noise);
    expect(Math.abs(median(times.wrongBirth) - median(times.match))).toBeLessThan(noise);
  });

  it('throttles per reference, known or not, the same way', async () => {
    for (const ref of [reference, unknownReference()]) {
      clock.advance(2 * 60 * 60_000);
      for (let i = 0; i < portalThrottle.codeRequestsForReference.free; i++) expect((await ask({ reference: ref, birthDate: '1901' })).status).toBe(202);
      const refused = await ask({ reference: ref, birthDate });
      expectProblem(refused, 429, 'too-many-requests');
      expect(refused.body.title).toMatch(/Слишком много попыток/);
    }
  });

  it('throttles per address across references', async () => {
    for (let i = 0; i < portalThrottle.codeRequestsFromAddress.free; i++) expect((await ask({ reference: unknownReference(), birthDate })).status).toBe(202);
    expectProblem(await ask({ reference, birthDate }), 429, 'too-many-requests');
  });

  it('throttles guessing codes per address, and never says which challenge was real', async () => {
    const client = new ApiClient(t.url);
    const real = (await ask({ reference, birthDate })).body.challengeId;
    const decoy = (await ask({ reference: unknownReference(), birthDate })).body.challengeId;
    const a = await client.post('/api/portal/session', { challengeId: real, code: '000000' });
    const b = await client.post('/api/portal/session', { challengeId: decoy, code: '000000' });
    expect(visible(a)).toEqual(visible(b));
    for (let i = 2; i < portalThrottle.codeTriesFromAddress.free; i++) await client.post('/api/portal/session', { challengeId: decoy, code: '123456' });
    expectProblem(await client.post('/api/portal/session', { challengeId: real, code: '000000' }), 429, 'too-many-requests');
  });

  it('says at once when a reference is mistyped (its check character is public knowledge)', async () => {
    const typo = reference.slice(0, -1) + (reference.endsWith('2') ? '3' : '2');
    expect(fieldErrors(await ask({ reference: typo, birthDate }))).toEqual([{ pointer: '/reference', rule: 'reference.invalid' }]);
  });
});
