import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { throttleMemoryMs, throttleRules } from '../../src/access/core/throttle.js';
import { ManualClock } from '../../src/platform/clock.js';
import { ApiClient, signedInStaff, testPassword } from '../support/client.js';
import { SoftwareAuthenticator } from '../support/authenticator.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';
import { totpCode } from '../support/totp.js';

describe.each(storeKinds)('guessing second factors (%s)', (kind) => {
  let t: TestApp;
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');

  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
  });
  afterAll(() => t?.close());
  // All guesses come from 127.0.0.1, whose own count (any account) must not carry over.
  afterEach(() => clock.advance(throttleMemoryMs));

  /** Someone who has the password, at the second-factor step, on a session of their own. */
  async function attacker(username: string) {
    const client = new ApiClient(t.url);
    expect((await client.post('/api/session', { username, password: testPassword })).body.stage).toBe('second-factor');
    return client;
  }

  /** A six-digit code that is not the one the app shows one step either side of now. */
  function wrongCode(secret: string) {
    const now = clock.now().getTime();
    const valid = [-1, 0, 1].map((s) => totpCode(secret, now + s * 30_000));
    for (let n = 0; ; n++) {
      const guess = String(n).padStart(6, '0');
      if (!valid.includes(guess)) return guess;
    }
  }

  it('locks TOTP codes of the account after a few wrong guesses, whatever session they come from, with Retry-After', async () => {
    const owner = await signedInStaff(t, 'guessed.codes', ['reviewer']);
    const secret = owner.app!.secret;
    const guesser = await attacker('guessed.codes');
    const rule = throttleRules.secondFactor;
    for (let i = 0; i < rule.free + 1; i++) expectProblem(await guesser.post('/api/session/totp', { code: wrongCode(secret) }), 400, 'validation');

    // A new session does not help: the count is per account.
    const again = await attacker('guessed.codes');
    const locked = await again.post('/api/session/totp', { code: wrongCode(secret) });
    expectProblem(locked, 429, 'too-many-requests');
    const retryAfter = Number(locked.headers.get('retry-after'));
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(rule.baseMs / 1000);

    // Even the right code waits; once Retry-After has passed, it works.
    const ownerAgain = new ApiClient(t.url);
    ownerAgain.app = owner.app;
    await ownerAgain.post('/api/session', { username: 'guessed.codes', password: testPassword });
    expectProblem(await ownerAgain.post('/api/session/totp', { code: ownerAgain.nextCode() }), 429, 'too-many-requests');
    clock.advance(retryAfter * 1000);
    expect((await ownerAgain.post('/api/session/totp', { code: ownerAgain.nextCode() })).body.stage).toBe('ready');

    const failures = await t.runtime.deps.store.db.selectFrom('audit_entries').select('detail').where('action', '=', 'sign-in.failed').execute();
    expect(failures.filter((f) => JSON.parse(f.detail).step === 'second-factor')).toHaveLength(rule.free + 1);
  });

  it('never locks the account for more than 15 minutes at a time, however long the guessing goes on', async () => {
    const owner = await signedInStaff(t, 'long.siege', ['reviewer']);
    let guesser = await attacker('long.siege');
    let longest = 0;
    for (let i = 0; i < 40; i++) {
      const res = await guesser.post('/api/session/totp', { code: wrongCode(owner.app!.secret) });
      if (res.status === 429) {
        const wait = Number(res.headers.get('retry-after'));
        longest = Math.max(longest, wait);
        clock.advance(wait * 1000);
      }
      // An unfinished sign-in ends after 15 minutes: the guesser starts another.
      if ((await guesser.get('/api/session')).status !== 200) guesser = await attacker('long.siege');
    }
    expect(longest).toBe(throttleRules.secondFactor.capMs / 1000);
  });

  it('does not lock out a staff member who signs in with a passkey, nor their recovery codes, while their codes are guessed', async () => {
    const owner = await signedInStaff(t, 'passkey.owner', ['reviewer']);
    const key = new SoftwareAuthenticator(new URL(t.config.publicUrl).origin);
    const options = (await owner.post('/api/session/factors/passkey/options')).body;
    expect((await owner.post('/api/session/factors/passkey', { credential: key.create(options) })).status).toBe(200);

    const guesser = await attacker('passkey.owner');
    for (let i = 0; i < throttleRules.secondFactor.free + 1; i++) await guesser.post('/api/session/totp', { code: wrongCode(owner.app!.secret) });
    expectProblem(await guesser.post('/api/session/totp', { code: '000000' }), 429, 'too-many-requests');

    const withKey = await attacker('passkey.owner');
    const challenge = (await withKey.post('/api/session/passkey/options')).body;
    expect((await withKey.post('/api/session/passkey', { credential: key.get(challenge) })).body.stage).toBe('ready');

    const withCode = await attacker('passkey.owner');
    expect((await withCode.post('/api/session/recovery-code', { code: owner.recoveryCodes[0] })).body.stage).toBe('ready');
  });

  it('locks recovery codes after a few wrong guesses too', async () => {
    const owner = await signedInStaff(t, 'guessed.recovery', ['reviewer']);
    const guesser = await attacker('guessed.recovery');
    for (let i = 0; i < throttleRules.recoveryCode.free + 1; i++) {
      expectProblem(await guesser.post('/api/session/recovery-code', { code: `aaaa-bbbb-cccc-dddd-eeee-fff${i}` }), 400, 'validation');
    }
    expectProblem(await guesser.post('/api/session/recovery-code', { code: owner.recoveryCodes[0] }), 429, 'too-many-requests');
  });

  it('locks out an address that guesses the codes of many accounts, a few guesses each', async () => {
    const perAccount = throttleRules.secondFactor.free;
    const guesses = throttleRules.address.free + 1;
    for (let i = 0; i * perAccount < guesses; i++) {
      const owner = await signedInStaff(t, `spread.${i}`, ['reviewer']);
      const guesser = await attacker(`spread.${i}`);
      for (let g = i * perAccount; g < Math.min(guesses, (i + 1) * perAccount); g++) {
        expectProblem(await guesser.post('/api/session/totp', { code: wrongCode(owner.app!.secret) }), 400, 'validation');
      }
    }
    // The address is locked for every account and every step, the password included.
    const locked = await new ApiClient(t.url).post('/api/session', { username: 'spread.0', password: testPassword });
    expectProblem(locked, 429, 'too-many-requests');
    expect(Number(locked.headers.get('retry-after'))).toBeLessThanOrEqual(throttleRules.address.baseMs / 1000);
  });

  it('writes no code, secret or recovery code to the logs', async () => {
    const owner = await signedInStaff(t, 'quiet.reviewer', ['reviewer']);
    const client = await attacker('quiet.reviewer');
    client.app = owner.app;
    const code = client.nextCode();
    await client.post('/api/session/totp', { code });
    const logs = t.logs.join('\n');
    for (const secret of [owner.app!.secret, code, ...owner.recoveryCodes, testPassword]) expect(logs).not.toContain(secret);
  });
});
