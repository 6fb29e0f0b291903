import { request } from '../ui/api/http.js';
import { ApiProblem, NetworkFailure } from '../ui/api/problem.js';

/** Sends a file (a resized photo) as the request body, as the attachment routes take it. */
export async function upload(path: string, file: Blob, idempotencyKey: string, language: string) {
  let res: Response;
  try {
    res = await fetch(path, {
      method: 'POST',
      body: file,
      credentials: 'same-origin',
      headers: { 'content-type': file.type, 'idempotency-key': idempotencyKey, 'accept-language': language },
    });
  } catch (e) {
    throw new NetworkFailure((e as Error).message);
  }
  if (!res.ok) throw new ApiProblem(await res.json());
}

export const portalApi = {
  get: <T,>(path: string) => request<T>('GET', path),
  post: <T,>(path: string, body: unknown, options: { idempotencyKey?: string; ifMatch?: number } = {}) => request<T>('POST', path, { body, ...options }),
  put: <T,>(path: string, body: unknown) => request<T>('PUT', path, { body }),
  delete: (path: string) => request('DELETE', path),
};
