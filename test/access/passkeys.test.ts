import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/platform/clock.js';
import { systemActor } from '../../src/platform/actor.js';
import { ApiClient, testPassword } from '../support/client.js';
import { SoftwareAuthenticator, type CeremonyKnobs } from '../support/authenticator.js';
import { startTestApp, type TestApp } from '../support/harness.js';
import { expectProblem, fieldErrors } from '../support/problems.js';
import { storeKinds } from '../support/stores.js';

describe.each(storeKinds)('passkeys (%s)', (kind) => {
  let t: TestApp;
  let origin: string;
  const clock = new ManualClock('2026-01-15T09:00:00.000Z');

  beforeAll(async () => {
    t = await startTestApp(kind, { clock });
    origin = new URL(t.config.publicUrl).origin;
  });
  afterAll(() => t?.close());

  /** A new staff member at their first sign-in, with the one-time secret, still to enrol. */
  async function firstSignIn(username: string) {
    const { oneTimeSecret } = await t.runtime.services.access.createUser(systemActor, {
      username, displayName: username, roles: ['reviewer'], officeId: null, districtId: null, language: 'en',
    });
    const client = new ApiClient(t.url);
    expect((await client.post('/api/session', { username, password: oneTimeSecret })).body.stage).toBe('enrol');
    return { client, oneTimeSecret };
  }

  /** A staff member who enrolled a passkey (and chose their password), and the passkey. */
  async function staffWithPasskey(username: string) {
    const { client, oneTimeSecret } = await firstSignIn(username);
    const key = new SoftwareAuthenticator(origin);
    const options = (await client.post('/api/session/factors/passkey/options')).body;
    const enrolled = await client.post('/api/session/factors/passkey', { credential: key.create(options), label: 'Work laptop' });
    expect(enrolled.status, JSON.stringify(enrolled.body)).toBe(200);
    expect((await client.post('/api/session/password', { currentPassword: oneTimeSecret, newPassword: testPassword })).body.stage).toBe('ready');
    return { key, client };
  }

  /** The password step, then the challenge: a session waiting for its passkey. */
  async function challenged(username: string) {
    const client = new ApiClient(t.url);
    const first = await client.post('/api/session', { username, password: testPassword });
    expect(first.body).toMatchObject({ stage: 'second-factor', methods: ['passkey', 'recovery-code'] });
    const options = await client.post('/api/session/passkey/options');
    expect(options.status).toBe(200);
    return { client, options: options.body };
  }

  const refused = (res: Awaited<ReturnType<ApiClient['post']>>) => {
    expectProblem(res, 400, 'validation');
    expect(fieldErrors(res)).toEqual([{ pointer: '/credential', rule: 'passkey.invalid' }]);
  };

  it('enrols a passkey at the first sign-in: user verification required, no attestation, the site as relying party', async () => {
    const { client } = await firstSignIn('passkey.first');
    const options = (await client.post('/api/session/factors/passkey/options')).body;
    expect(options).toMatchObject({
      rp: { id: 'localhost', name: 'Homeward' },
      user: { name: 'passkey.first', displayName: 'passkey.first' },
      attestation: 'none',
      authenticatorSelection: { userVerification: 'required' },
      excludeCredentials: [],
    });
    expect(Buffer.from(options.challenge, 'base64url')).toHaveLength(32);
    expect(options.pubKeyCredParams.map((p: { alg: number }) => p.alg)).toContain(-7);

    const before = client.cookie;
    const key = new SoftwareAuthenticator(origin);
    const res = await client.post('/api/session/factors/passkey', { credential: key.create(options), label: 'Work laptop' });
    expect(res.body).toMatchObject({ stage: 'password-change', user: { secondFactors: ['passkey'] } });
    expect(res.body.recoveryCodes).toHaveLength(10);
    expect(client.cookie).not.toBe(before);
  });

  it('refuses to enrol a key that did not verify its user, and one already enrolled', async () => {
    const { client } = await firstSignIn('passkey.no-pin');
    const key = new SoftwareAuthenticator(origin);
    let options = (await client.post('/api/session/factors/passkey/options')).body;
    refused(await client.post('/api/session/factors/passkey', { credential: key.create(options, { skipUserVerification: true }) }));
    expect((await client.get('/api/session')).body.stage).toBe('enrol');

    options = (await client.post('/api/session/factors/passkey/options')).body;
    expect((await client.post('/api/session/factors/passkey', { credential: key.create(options) })).status).toBe(200);
    options = (await client.post('/api/session/factors/passkey/options')).body;
    expect(options.excludeCredentials).toEqual([expect.objectContaining({ id: key.credentialId.toString('base64url') })]);
    const again = await client.post('/api/session/factors/passkey', { credential: key.create(options) });
    expect(fieldErrors(again)).toEqual([{ pointer: '/credential', rule: 'passkey.registered' }]);
  });

  it('signs in with the passkey and keeps its signature counter', async () => {
    const { key } = await staffWithPasskey('passkey.user');
    for (let i = 1; i <= 2; i++) {
      const { client, options } = await challenged('passkey.user');
      expect(options).toMatchObject({ rpId: 'localhost', userVerification: 'required', allowCredentials: [expect.objectContaining({ id: key.credentialId.toString('base64url') })] });
      const res = await client.post('/api/session/passkey', { credential: key.get(options) });
      expect(res.body.stage).toBe('ready');
      expect((await client.get('/api/applications')).status).toBe(200);
      const row = await t.runtime.deps.store.db.selectFrom('staff_factors').select(['sign_count', 'last_used_at']).where('credential_id', '=', key.credentialId.toString('base64url')).executeTakeFirstOrThrow();
      expect(Number(row.sign_count)).toBe(i);
      expect(row.last_used_at).toBe(clock.now().toISOString());
    }
  });

  const misbehaviours: [string, string, (key: SoftwareAuthenticator) => CeremonyKnobs][] = [
    ['without user verification', 'passkey.no-uv', () => ({ skipUserVerification: true })],
    ['signed for another origin (a phishing page)', 'passkey.phished', () => ({ origin: 'https://homeward.example.net' })],
    ['from a clone whose counter did not move', 'passkey.clone-same', (key) => ({ counter: key.counter })],
    ['from a clone whose counter went back', 'passkey.clone-back', (key) => ({ counter: key.counter - 1 })],
  ];

  it.each(misbehaviours)('refuses an answer %s', async (_name, username, knobs) => {
    const { key } = await staffWithPasskey(username);
    const first = await challenged(username);
    expect((await first.client.post('/api/session/passkey', { credential: key.get(first.options) })).status).toBe(200);
    const { client, options } = await challenged(username);
    refused(await client.post('/api/session/passkey', { credential: key.get(options, knobs(key)) }));
    expect((await client.get('/api/session')).body.stage).toBe('second-factor');
  });

  it('takes an answer only to this session’s own challenge, once, and in time', async () => {
    const { key } = await staffWithPasskey('passkey.bound');

    // Signed over another session's challenge.
    const a = await challenged('passkey.bound');
    const b = await challenged('passkey.bound');
    refused(await b.client.post('/api/session/passkey', { credential: key.get(a.options) }));

    // Replayed: the first answer spends the challenge.
    const c = await challenged('passkey.bound');
    const answer = key.get(c.options);
    expect((await c.client.post('/api/session/passkey', { credential: answer })).status).toBe(200);
    const d = await challenged('passkey.bound');
    refused(await d.client.post('/api/session/passkey', { credential: answer }));

    // A wrong answer spends it too: the right one must come with a new challenge.
    const e = await challenged('passkey.bound');
    refused(await e.client.post('/api/session/passkey', { credential: key.get(e.options, { skipUserVerification: true }) }));
    refused(await e.client.post('/api/session/passkey', { credential: key.get(e.options) }));

    // Too late.
    const f = await challenged('passkey.bound');
    clock.advance(5 * 60_000);
    refused(await f.client.post('/api/session/passkey', { credential: key.get(f.options) }));
  });

  it('refuses another user’s passkey', async () => {
    const { key: mine } = await staffWithPasskey('passkey.mine');
    await staffWithPasskey('passkey.theirs');
    const { client, options } = await challenged('passkey.theirs');
    refused(await client.post('/api/session/passkey', { credential: mine.get(options) }));
  });

  it('lists the passkey among my factors, and offers no passkey challenge to a session still to enrol', async () => {
    const { client } = await staffWithPasskey('passkey.only');
    const { body: factors } = await client.get('/api/session/factors');
    expect(factors.factors).toEqual([expect.objectContaining({ kind: 'passkey', label: 'Work laptop', lastUsedAt: null })]);
    const other = new ApiClient(t.url);
    const { oneTimeSecret } = await t.runtime.services.access.createUser(systemActor, {
      username: 'app.only', displayName: 'x', roles: ['reviewer'], officeId: null, districtId: null, language: 'en',
    });
    await other.post('/api/session', { username: 'app.only', password: oneTimeSecret });
    // At enrolment there is no second factor to verify yet.
    const res = await other.post('/api/session/passkey/options');
    expectProblem(res, 409, 'conflict');
  });
});
