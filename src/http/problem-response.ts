import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import { createTranslator } from '../platform/i18n/catalogue.js';
import type { Locale } from '../platform/i18n/locale.js';
import { problemTitles } from '../platform/i18n/problem-messages.js';
import { ruleMessages } from '../platform/i18n/rule-messages.js';
import { Problem } from '../platform/problem.js';
import { isUnavailable } from '../store/store.js';

const title = createTranslator(problemTitles);
const ruleMessage = createTranslator(ruleMessages);

/** The body of an RFC 9457 problem document as Homeward writes it. */
export function problemDocument(problem: Problem, locale: Locale, instance: string) {
  return {
    type: `/problems/${problem.code}`,
    title: title(locale, problem.code, problem.params),
    status: problem.status,
    code: problem.code,
    instance,
    ...problem.extensions,
    ...(problem.errors.length
      ? {
          errors: problem.errors.map((e) => ({
            in: e.in ?? 'body',
            pointer: e.pointer,
            rule: e.rule,
            ...(e.params ? { params: e.params } : {}),
            message: ruleMessage(locale, e.rule as keyof typeof ruleMessages, e.params),
          })),
        }
      : {}),
  };
}

/**
 * Maps anything thrown while handling a request to a Problem. Fastify's own errors (body too
 * large, bad JSON, wrong media type) get their proper status; anything unexpected becomes a 500
 * whose document says nothing about the cause, while the log keeps the error class and code.
 */
export function toProblem(error: unknown, bodyLimit = 1_048_576): Problem {
  if (error instanceof Problem) return error;
  const e = error as FastifyError;
  switch (e?.code) {
    case 'FST_ERR_CTP_BODY_TOO_LARGE':
      return new Problem('payload-too-large', { limit: bodyLimit });
    case 'FST_ERR_CTP_INVALID_MEDIA_TYPE':
    case 'FST_ERR_CTP_INVALID_CONTENT_LENGTH':
      return new Problem('unsupported-media-type', { expected: 'application/json' });
    case 'FST_ERR_CTP_EMPTY_JSON_BODY':
      return Problem.field('', 'required');
    case 'FST_ERR_CTP_INVALID_JSON_BODY':
      return Problem.field('', 'json.malformed');
  }
  if (e instanceof SyntaxError || e?.statusCode === 400) return Problem.field('', 'json.malformed');
  if (e?.statusCode === 413) return new Problem('payload-too-large', { limit: bodyLimit });
  if (e?.statusCode === 415) return new Problem('unsupported-media-type', { expected: 'application/json' });
  if (isUnavailable(error)) return new Problem('unavailable');
  return new Problem('internal');
}

export function sendProblem(req: FastifyRequest, reply: FastifyReply, problem: Problem) {
  const locale = req.locale ?? 'en';
  if (problem.code === 'too-many-requests' && problem.params.seconds) reply.header('retry-after', String(problem.params.seconds));
  return reply
    .code(problem.status)
    .type('application/problem+json; charset=utf-8')
    .send(problemDocument(problem, locale, req.url.split('?')[0] ?? req.url));
}
