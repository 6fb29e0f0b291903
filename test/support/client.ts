import type { Role } from '../../src/access/core/policy.js';
import { systemActor } from '../../src/platform/actor.js';
import type { Clock } from '../../src/platform/clock.js';
import { SkippableClock } from './clock.js';
import type { TestApp } from './harness.js';
import { stepOf, totpCode } from './totp.js';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** The authenticator app of a staff member: its secret, the server's clock, the last step used. */
export interface AuthenticatorApp {
  secret: string;
  clock: Clock;
  lastStep: number;
}

/** A small HTTP client that keeps a session cookie, as a browser would. */
export class ApiClient {
  cookie: string | undefined;
  /** Set for staff signed in by `signedInStaff`, so that `renew` can sign them in again. */
  username: string | undefined;
  app: AuthenticatorApp | undefined;
  recoveryCodes: string[] = [];
  constructor(readonly baseUrl: string) {}

  /**
   * The next code the app shows that the server has not accepted yet. A code is accepted once,
   * one step either side of now: with a stopped test clock, three sign-ins fit in one step. The
   * step before now is not used in the last seconds of a step: on a real clock the server may
   * check it after the step ended, when it is two steps old. On a server's real time
   * (SkippableClock) a fourth sign-in moves the clock to the next step rather than wait for it.
   */
  nextCode(): string {
    const app = this.app!;
    const ms = app.clock.now().getTime();
    const now = stepOf(ms);
    const oldest = 30_000 - (ms % 30_000) > 5_000 ? now - 1 : now;
    const step = Math.max(oldest, app.lastStep + 1);
    if (step > now + 1) {
      if (!(app.clock instanceof SkippableClock)) throw new Error('more sign-ins within one 30-second step than TOTP allows: move the clock');
      app.clock.skip(30_000 - (ms % 30_000) + 50);
      return this.nextCode();
    }
    app.lastStep = step;
    return totpCode(app.secret, 0, step);
  }

  /** Both steps of a sign-in: the password, then a code from the app. */
  async signIn(username: string, password: string): Promise<ApiResponse> {
    const first = await this.post('/api/session', { username, password });
    if (first.status !== 200 || first.body.stage !== 'second-factor') return first;
    return this.post('/api/session/totp', { code: this.nextCode() });
  }

  /** Signs in again, as staff do after a session expired (tests that move the clock by hours). */
  async renew(): Promise<this> {
    const res = await this.signIn(this.username!, testPassword);
    if (res.status !== 200 || res.body.stage !== 'ready') throw new Error(`sign-in failed: ${JSON.stringify(res.body)}`);
    return this;
  }

  async request<T = any>(method: string, path: string, options: { body?: unknown; headers?: Record<string, string>; raw?: Buffer | string } = {}): Promise<ApiResponse<T>> {
    const headers: Record<string, string> = { ...options.headers };
    if (this.cookie) headers.cookie = this.cookie;
    let body: string | Uint8Array<ArrayBuffer> | undefined;
    if (options.raw !== undefined) body = typeof options.raw === 'string' ? options.raw : Uint8Array.from(options.raw);
    else if (options.body !== undefined) {
      body = JSON.stringify(options.body);
      headers['content-type'] ??= 'application/json';
    }
    const res = await fetch(this.baseUrl + path, { method, headers, body: body as BodyInit | undefined });
    const setCookie = res.headers.get('set-cookie');
    if (setCookie) {
      const value = setCookie.split(';')[0]!;
      this.cookie = value.endsWith('=') ? undefined : value;
    }
    const type = res.headers.get('content-type') ?? '';
    const text = await res.text();
    const parsed = type.includes('json') && text ? JSON.parse(text) : text;
    return { status: res.status, headers: res.headers, body: parsed };
  }

  get<T = any>(path: string, headers?: Record<string, string>) {
    return this.request<T>('GET', path, { headers });
  }
  post<T = any>(path: string, body?: unknown, headers?: Record<string, string>) {
    return this.request<T>('POST', path, { body, headers });
  }
}

export const testPassword = 'a long enough test passphrase for staff';

/**
 * Creates a staff member the way an administrator would and signs them in the way they would the
 * first time: with the one-time secret, enrolling an authenticator app, then choosing their own
 * password. The client keeps the app, so that tests can sign in again.
 */
export async function signedInStaff(t: TestApp, username: string, roles: Role[], officeId: string | null = null, districtId: string | null = null): Promise<ApiClient> {
  const { oneTimeSecret } = await t.runtime.services.access.createUser(systemActor, {
    username,
    displayName: username,
    roles,
    officeId,
    districtId,
    language: 'en',
  });
  const client = new ApiClient(t.url);
  const signIn = await client.post('/api/session', { username, password: oneTimeSecret });
  if (signIn.status !== 200 || signIn.body.stage !== 'enrol') throw new Error(`sign-in failed: ${JSON.stringify(signIn.body)}`);
  await enrolApp(client, t.runtime.deps.clock);
  const change = await client.post('/api/session/password', { currentPassword: oneTimeSecret, newPassword: testPassword });
  if (change.status !== 200 || change.body.stage !== 'ready') throw new Error(`password change failed: ${JSON.stringify(change.body)}`);
  client.username = username;
  return client;
}

/** Sets up an authenticator app on the client's session, as a staff member scanning the QR code. */
export async function enrolApp(client: ApiClient, clock: Clock): Promise<ApiResponse> {
  const begin = await client.post('/api/session/factors/totp');
  if (begin.status !== 200) throw new Error(`enrolment failed: ${JSON.stringify(begin.body)}`);
  client.app = { secret: begin.body.secret, clock, lastStep: -Infinity };
  const confirm = await client.post('/api/session/factors/totp/confirm', { code: client.nextCode() });
  if (confirm.status !== 200) throw new Error(`enrolment failed: ${JSON.stringify(confirm.body)}`);
  client.recoveryCodes = confirm.body.recoveryCodes ?? client.recoveryCodes;
  return confirm;
}
