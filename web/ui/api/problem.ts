/** One failing field of an RFC 9457 problem document, as Homeward writes it. */
export interface FieldProblem {
  in: 'body' | 'query' | 'path' | 'header';
  pointer: string;
  rule: string;
  params?: Record<string, string | number>;
  /** Already in the language the request asked for (Accept-Language). */
  message: string;
}

export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  code: string;
  instance?: string;
  errors?: FieldProblem[];
  [extension: string]: unknown;
}

/** A refusal from the API: its problem document, with its field errors keyed by JSON pointer. */
export class ApiProblem extends Error {
  constructor(readonly problem: ProblemDocument) {
    super(problem.title);
  }

  get status() {
    return this.problem.status;
  }

  get code() {
    return this.problem.code;
  }

  /** pointer → message, for putting each message next to the field it names. */
  fieldErrors(): Record<string, string> {
    const out: Record<string, string> = {};
    for (const e of this.problem.errors ?? []) if (e.in === 'body' && !(e.pointer in out)) out[e.pointer] = e.message;
    return out;
  }
}

/** The server could not be reached at all (offline, or the connection dropped). */
export class NetworkFailure extends Error {}

export const isProblem = (e: unknown, code?: string): e is ApiProblem => e instanceof ApiProblem && (code === undefined || e.code === code);

/** A refusal in plain words, for a list that shows one line per item: the fields' messages, or the title. */
export const plainReason = (p: ProblemDocument) => (p.errors?.length ? p.errors.map((e) => e.message).join('; ') : p.title);
