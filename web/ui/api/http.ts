import { purposeHeader, type Purpose } from '../../../src/access/core/policy.js';
import type { Locale } from '../../../src/platform/i18n/locale.js';
import { ApiProblem, NetworkFailure, type ProblemDocument } from './problem.js';

export interface RequestOptions {
  body?: unknown;
  /** A file sent as the body itself (a document photo), under its own media type. */
  file?: Blob;
  query?: Record<string, string | number | undefined>;
  /** The version being changed, sent as If-Match. */
  ifMatch?: number;
  /** Makes a retried create or step safe: the server answers the first result again. */
  idempotencyKey?: string;
  signal?: AbortSignal;
}

export interface ApiResponse<T> {
  body: T;
  /** The record's version from its ETag, when the response carries one. */
  version: number | undefined;
}

let language: Locale = 'en';
let purposeNow: () => Purpose | undefined = () => undefined;
const sessionLostListeners = new Set<() => void>();

/** The language the server should write its messages in (problem titles and field messages). */
export function setRequestLanguage(locale: Locale) {
  language = locale;
}

/**
 * Tells the client, for each request when it is made, why the screen making it reads personal
 * data: sent as Homeward-Purpose and recorded with every read. Without it the server assumes the
 * role's first purpose, which says nothing of what the staff member was doing.
 */
export function setPurposeSource(source: () => Purpose | undefined) {
  purposeNow = source;
}

/** Called whenever a request finds the session gone (expired, revoked), so the console can ask to sign in again. */
export function onSessionLost(listener: () => void): () => void {
  sessionLostListeners.add(listener);
  return () => sessionLostListeners.delete(listener);
}

export function withQuery(path: string, query: RequestOptions['query']): string {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query ?? {})) if (value !== undefined && value !== '') params.set(key, String(value));
  const text = params.toString();
  return text ? `${path}?${text}` : path;
}

/**
 * One call to the Homeward API. Every refusal comes back as problem+json and is thrown as an
 * ApiProblem; a 401 on anything but the sign-in steps also tells the listeners the session was lost.
 */
export async function request<T>(method: string, path: string, options: RequestOptions = {}): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = { accept: 'application/json, application/problem+json', 'accept-language': language };
  if (options.body !== undefined) headers['content-type'] = 'application/json';
  if (options.file) headers['content-type'] = options.file.type;
  if (options.ifMatch !== undefined) headers['if-match'] = `"${options.ifMatch}"`;
  if (options.idempotencyKey) headers['idempotency-key'] = options.idempotencyKey;
  const purpose = purposeNow();
  if (purpose) headers[purposeHeader] = purpose;
  let res: Response;
  try {
    res = await fetch(withQuery(path, options.query), {
      method,
      headers,
      credentials: 'same-origin',
      ...(options.body !== undefined ? { body: JSON.stringify(options.body) } : options.file ? { body: options.file } : {}),
      ...(options.signal ? { signal: options.signal } : {}),
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new NetworkFailure((e as Error).message);
  }
  const etag = res.headers.get('etag');
  const version = etag ? Number(/"(\d+)"/.exec(etag)?.[1]) : undefined;
  const text = res.status === 204 ? '' : await res.text();
  const parsed: unknown = text ? JSON.parse(text) : undefined;
  if (!res.ok) {
    const problem = parsed as ProblemDocument;
    // A wrong password or code while signing in is an answer to that form, not a lost session.
    if (res.status === 401 && !(method === 'POST' && path.startsWith('/api/session'))) sessionLostListeners.forEach((l) => l());
    throw new ApiProblem(problem ?? { type: 'about:blank', title: res.statusText, status: res.status, code: 'unknown' });
  }
  return { body: parsed as T, version };
}

export const api = {
  get: <T>(path: string, options?: RequestOptions) => request<T>('GET', path, options),
  post: <T>(path: string, body?: unknown, options?: RequestOptions) => request<T>('POST', path, { ...options, body: body ?? {} }),
  put: <T>(path: string, body: unknown, options?: RequestOptions) => request<T>('PUT', path, { ...options, body }),
  delete: <T>(path: string, options?: RequestOptions) => request<T>('DELETE', path, options),
};
