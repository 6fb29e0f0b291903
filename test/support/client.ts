import type { Role } from '../../src/access/core/policy.js';
import { systemActor } from '../../src/platform/actor.js';
import type { TestApp } from './harness.js';

export interface ApiResponse<T = any> {
  status: number;
  headers: Headers;
  body: T;
}

/** A small HTTP client that keeps a session cookie, as a browser would. */
export class ApiClient {
  cookie: string | undefined;
  /** Set for staff signed in by `signedInStaff`, so that `renew` can sign them in again. */
  username: string | undefined;
  constructor(readonly baseUrl: string) {}

  /** Signs in again, as staff do after a session expired (tests that move the clock by hours). */
  async renew(): Promise<this> {
    const res = await this.post('/api/session', { username: this.username, password: testPassword });
    if (res.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(res.body)}`);
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
 * first time: with the one-time secret, then choosing their own password.
 */
export async function signedInStaff(t: TestApp, username: string, roles: Role[], officeId: string | null = null): Promise<ApiClient> {
  const { oneTimeSecret } = await t.runtime.services.access.createUser(systemActor, {
    username,
    displayName: username,
    roles,
    officeId,
    districtId: null,
    language: 'en',
  });
  const client = new ApiClient(t.url);
  const signIn = await client.post('/api/session', { username, password: oneTimeSecret });
  if (signIn.status !== 200) throw new Error(`sign-in failed: ${JSON.stringify(signIn.body)}`);
  const change = await client.post('/api/session/password', { currentPassword: oneTimeSecret, newPassword: testPassword });
  if (change.status !== 200) throw new Error(`password change failed: ${JSON.stringify(change.body)}`);
  client.username = username;
  return client;
}
