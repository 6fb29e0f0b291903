import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { matchingStep, stepAt, totpSecret, totpUri } from '../../src/access/core/totp.js';
import { ManualClock } from '../../src/platform/clock.js';
import { ApiClient, enrolApp, signedInStaff, testPassword } from '../support/client.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem, fieldErrors } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';
import { decodeBase32, hotp, totpCode } from '../support/totp.js';

/** The shared secret of RFC 4226 appendix D and RFC 6238 appendix B (SHA-1). */
const rfcSecret = 'GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ';

describe('TOTP codes', () => {
  it('match the test vectors of RFC 4226 and RFC 6238 (the test authenticator too)', () => {
    expect(decodeBase32(rfcSecret).toString()).toBe('12345678901234567890');
    const hotpVectors = ['755224', '287082', '359152', '969429', '338314', '254676', '287922', '162583', '399871', '520489'];
    hotpVectors.forEach((code, counter) => expect(hotp(decodeBase32(rfcSecret), counter)).toBe(code));
    // RFC 6238 gives eight digits; six are their last six (the truncation is a remainder).
    const totpVectors: [number, string][] = [[59, '94287082'], [1111111109, '07081804'], [1111111111, '14050471'], [1234567890, '89005924'], [2000000000, '69279037'], [20000000000, '65353130']];
    for (const [seconds, eight] of totpVectors) {
      expect(hotp(decodeBase32(rfcSecret), stepAt(seconds * 1000), 8)).toBe(eight);
      expect(matchingStep(rfcSecret, eight.slice(2), seconds * 1000, null)).toBe(stepAt(seconds * 1000));
    }
  });

  it('are accepted one step either side of now, and not two', () => {
    fc.assert(
      fc.property(fc.uint8Array({ minLength: 20, maxLength: 20 }), fc.integer({ min: 1_600_000_000_000, max: 2_000_000_000_000 }), (bytes, now) => {
        const secret = totpSecret(Buffer.from(bytes));
        const step = stepAt(now);
        for (const offset of [-1, 0, 1]) expect(matchingStep(secret, totpCode(secret, 0, step + offset), now, null)).toBe(step + offset);
        for (const offset of [-3, -2, 2, 3]) {
          const code = totpCode(secret, 0, step + offset);
          const collides = [-1, 0, 1].some((o) => totpCode(secret, 0, step + o) === code);
          if (!collides) expect(matchingStep(secret, code, now, null)).toBeUndefined();
        }
      }),
      { seed: 6238, numRuns: 200 },
    );
  });

  it('are never accepted for a step at or before the last one accepted', () => {
    const now = Date.parse('2026-01-15T09:00:00Z');
    const step = stepAt(now);
    const secret = totpSecret(Buffer.alloc(20, 7));
    expect(matchingStep(secret, totpCode(secret, 0, step), now, step)).toBeUndefined();
    expect(matchingStep(secret, totpCode(secret, 0, step - 1), now, step)).toBeUndefined();
    expect(matchingStep(secret, totpCode(secret, 0, step + 1), now, step)).toBe(step + 1);
  });

  it('come from 160-bit secrets, offered to apps as an otpauth URI with the parameters they all support', () => {
    const secret = totpSecret(Buffer.alloc(20, 1));
    expect(secret).toMatch(/^[A-Z2-7]{32}$/);
    const uri = new URL(totpUri(secret, 'aram.h'));
    expect(uri.protocol).toBe('otpauth:');
    expect(uri.host).toBe('totp');
    expect(decodeURIComponent(uri.pathname)).toBe('/Homeward:aram.h');
    expect(Object.fromEntries(uri.searchParams)).toEqual({ issuer: 'Homeward', secret, algorithm: 'SHA1', digits: '6', period: '30' });
  });
});

describe.each(storeKinds)('signing in with an authenticator app (%s)', (kind) => {
  let t: TestApp;
  const clock = new ManualClock('2026-01-15T09:00:10.000Z');

  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
  });
  afterAll(() => t?.close());

  /** A fresh session at the second-factor step for a staff member with an app. */
  async function atSecondFactor(staff: ApiClient) {
    const client = new ApiClient(t.url);
    client.app = staff.app;
    const res = await client.post('/api/session', { username: staff.username, password: testPassword });
    expect(res.body).toMatchObject({ stage: 'second-factor', methods: ['totp', 'recovery-code'] });
    return client;
  }

  const codeAt = (staff: ApiClient, offset: number) => totpCode(staff.app!.secret, clock.now().getTime() + offset * 30_000);

  it('accepts the code of now, and one step early or late for a drifting phone', async () => {
    const staff = await signedInStaff(t, 'drifting.reviewer', ['reviewer']);
    clock.advance(5 * 60_000);
    for (const offset of [-1, 0, 1]) {
      const client = await atSecondFactor(staff);
      const res = await client.post('/api/session/totp', { code: codeAt(staff, offset) });
      expect(res.status, `offset ${offset}`).toBe(200);
      expect(res.body.stage).toBe('ready');
      clock.advance(90_000);
    }
  });

  it('refuses a code two steps away, a code already used, and an older code after a newer one', async () => {
    const staff = await signedInStaff(t, 'careful.reviewer', ['reviewer']);
    clock.advance(5 * 60_000);
    const client = await atSecondFactor(staff);
    for (const offset of [-2, 2]) {
      const res = await client.post('/api/session/totp', { code: codeAt(staff, offset) });
      expectProblem(res, 400, 'validation');
      expect(fieldErrors(res)).toEqual([{ pointer: '/code', rule: 'second-factor.invalid' }]);
    }
    const used = codeAt(staff, 0);
    expect((await client.post('/api/session/totp', { code: used })).status).toBe(200);

    // Seen over the shoulder and typed at once on another desk: refused.
    const replay = await atSecondFactor(staff);
    expectProblem(await replay.post('/api/session/totp', { code: used }), 400, 'validation');
    expectProblem(await replay.post('/api/session/totp', { code: codeAt(staff, -1) }), 400, 'validation');
    expect((await replay.post('/api/session/totp', { code: codeAt(staff, 1) })).status).toBe(200);
  });

  it('lets one of two sign-ins racing with the same code through, never both', async () => {
    const staff = await signedInStaff(t, 'racing.reviewer', ['reviewer']);
    clock.advance(5 * 60_000);
    const [a, b] = [await atSecondFactor(staff), await atSecondFactor(staff)];
    const code = codeAt(staff, 0);
    const answers = await Promise.all([a.post('/api/session/totp', { code }), b.post('/api/session/totp', { code })]);
    expect(answers.map((r) => r.status).sort()).toEqual([200, 400]);
  });

  it('takes six digits, with a space in the middle as apps show them, and names anything else', async () => {
    const staff = await signedInStaff(t, 'typing.reviewer', ['reviewer']);
    clock.advance(5 * 60_000);
    const client = await atSecondFactor(staff);
    for (const code of ['12345', '1234567', 'abcdef', '']) {
      const res = await client.post('/api/session/totp', { code });
      expectProblem(res, 400, 'validation');
      expect(fieldErrors(res)).toEqual([{ pointer: '/code', rule: 'totp.format' }]);
    }
    const spaced = codeAt(staff, 0).replace(/^(\d{3})/, '$1 ');
    expect((await client.post('/api/session/totp', { code: spaced })).status).toBe(200);
  });

  it('enrols an app only with a code from its secret; a wrong code may be retyped; the set-up expires', async () => {
    const staff = await signedInStaff(t, 'second.phone', ['reviewer']);
    clock.advance(60_000);
    const begin = await staff.post('/api/session/factors/totp');
    expect(begin.body.uri).toContain(`secret=${begin.body.secret}`);
    const wrong = await staff.post('/api/session/factors/totp/confirm', { code: codeAt(staff, 0), label: 'Old phone code' });
    expect(fieldErrors(wrong)).toEqual([{ pointer: '/code', rule: 'second-factor.invalid' }]);
    const right = await staff.post('/api/session/factors/totp/confirm', { code: totpCode(begin.body.secret, clock.now().getTime()), label: 'Second phone' });
    expect(right.status).toBe(200);
    expect(right.body.recoveryCodes).toBeUndefined();
    const factors = (await staff.get('/api/session/factors')).body;
    expect(factors.factors.map((f: { label: string }) => f.label)).toEqual(['Authenticator app', 'Second phone']);

    const late = await staff.post('/api/session/factors/totp');
    clock.advance(10 * 60_000);
    const expired = await staff.post('/api/session/factors/totp/confirm', { code: totpCode(late.body.secret, clock.now().getTime()) });
    expect(fieldErrors(expired)).toEqual([{ pointer: '/code', rule: 'totp.not-started' }]);
  });

  it('keeps a new user at enrolment until the code proves the app has the secret', async () => {
    const { oneTimeSecret } = await t.runtime.services.access.createUser({ id: null, role: 'system' }, {
      username: 'fresh.reviewer', displayName: 'Fresh Reviewer', roles: ['reviewer'], officeId: null, districtId: null, language: 'en',
    });
    const client = new ApiClient(t.url);
    expect((await client.post('/api/session', { username: 'fresh.reviewer', password: oneTimeSecret })).body.stage).toBe('enrol');
    const confirm = await enrolApp(client, clock);
    expect(confirm.body).toMatchObject({ stage: 'password-change', user: { secondFactors: ['totp'] } });
  });
});
