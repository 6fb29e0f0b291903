import { expect } from 'vitest';
import type { ApiResponse } from './client.js';

/** What a stack trace or an internal path looks like when it leaks into a response. */
const leakPatterns = [/\n\s+at /, /\bat [\w.<>]+ \(/, /node_modules/, /\/src\/[\w/-]+\.ts/, /Error:/];

/**
 * Asserts the answer is an RFC 9457 problem document with the given status and code, and that it
 * gives nothing away about the server's insides.
 */
export function expectProblem(res: ApiResponse, status: number, code: string) {
  expect(res.status, JSON.stringify(res.body)).toBe(status);
  expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(res.body).toMatchObject({ type: `/problems/${code}`, status, code, title: expect.any(String) });
  expectNoLeak(res);
}

export function expectNoLeak(res: ApiResponse) {
  const text = typeof res.body === 'string' ? res.body : JSON.stringify(res.body);
  for (const pattern of leakPatterns) expect(text).not.toMatch(pattern);
}

/** The failing fields of a problem document, as pointer and rule (and where, when not the body). */
export function fieldErrors(res: ApiResponse): { pointer: string; rule: string; in?: string }[] {
  return (res.body.errors ?? []).map((e: { pointer: string; rule: string; in: string }) =>
    e.in === 'body' ? { pointer: e.pointer, rule: e.rule } : { pointer: e.pointer, rule: e.rule, in: e.in },
  );
}
