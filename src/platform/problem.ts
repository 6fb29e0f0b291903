/**
 * The one error type of Homeward. Domain code throws a Problem; the HTTP layer's single error
 * handler turns it (and every validation failure) into RFC 9457 application/problem+json.
 * Messages are keys into the server-side catalogue so that a person reads them in their language.
 */

/** One failing field: where (a JSON pointer into the request), which rule, and its parameters. */
export interface FieldError {
  /** Which part of the request: the JSON body (the default), the query string, the path or a header. */
  in?: 'body' | 'query' | 'path' | 'header';
  pointer: string;
  rule: string;
  params?: Record<string, string | number>;
}

export type ProblemCode =
  | 'validation'
  | 'unauthenticated'
  | 'session-expired'
  | 'forbidden'
  | 'not-found'
  | 'conflict'
  | 'illegal-transition'
  | 'version-mismatch'
  | 'version-required'
  | 'gone'
  | 'idempotency-mismatch'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'method-not-allowed'
  | 'too-many-requests'
  | 'unavailable'
  | 'internal';

const statusOf: Record<ProblemCode, number> = {
  validation: 400,
  unauthenticated: 401,
  'session-expired': 401,
  forbidden: 403,
  'not-found': 404,
  'method-not-allowed': 405,
  conflict: 409,
  'illegal-transition': 409,
  /** Was here, and is no more for good (an export past its expiry). */
  gone: 410,
  'version-mismatch': 412,
  'payload-too-large': 413,
  'unsupported-media-type': 415,
  'idempotency-mismatch': 422,
  'version-required': 428,
  'too-many-requests': 429,
  internal: 500,
  unavailable: 503,
};

export class Problem extends Error {
  readonly status: number;

  constructor(
    readonly code: ProblemCode,
    /** Parameters for the human message (never personal values: they end up in logs). */
    readonly params: Record<string, string | number> = {},
    readonly errors: FieldError[] = [],
    /** Extra members of the problem document (e.g. the current version on a 412). */
    readonly extensions: Record<string, unknown> = {},
  ) {
    super(code);
    this.status = statusOf[code];
  }

  static validation(errors: FieldError[]): Problem {
    return new Problem('validation', { count: errors.length }, errors);
  }

  static field(pointer: string, rule: string, params?: Record<string, string | number>): Problem {
    return Problem.validation([{ pointer, rule, ...(params ? { params } : {}) }]);
  }

  static notFound(resource: string): Problem {
    return new Problem('not-found', { resource });
  }

  /** The reason is a member of the document too, so that a client can tell what to do next. */
  static forbidden(reason = 'permission'): Problem {
    return new Problem('forbidden', { reason }, [], { reason });
  }
}

export const isProblem = (e: unknown): e is Problem => e instanceof Problem;
