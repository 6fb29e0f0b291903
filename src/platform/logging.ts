import type { FastifyReply, FastifyRequest } from 'fastify';
import type { LoggerOptions } from 'pino';

/**
 * Logs carry no personal values. A request is logged by its route pattern (never the URL, whose
 * path or query may hold a name being searched or a reference number), and an error by its class,
 * code and stack frames: database and library messages can quote the values they refused.
 */
export function loggerOptions(level: string): LoggerOptions {
  return {
    level,
    base: undefined,
    redact: { paths: ['req.headers', 'headers', 'body', 'query', 'params'], remove: true },
    serializers: {
      req: (req: FastifyRequest) => ({
        id: req.id,
        method: req.method,
        route: req.routeOptions?.url ?? 'unmatched',
      }),
      res: (reply: FastifyReply) => ({ statusCode: reply.statusCode }),
      err: safeError,
    },
  };
}

export function safeError(err: unknown) {
  const e = err as { name?: string; code?: string; stack?: string; constructor?: { name?: string } };
  const frames = (e?.stack ?? '').split('\n').filter((line) => line.trimStart().startsWith('at ')).slice(0, 12);
  return { type: e?.constructor?.name ?? e?.name ?? typeof err, code: e?.code, stack: frames.join('\n') };
}
