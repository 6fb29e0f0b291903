import type { FastifyReply } from 'fastify';
import { sessionCookie } from './guard.js';

/**
 * The session cookie: HttpOnly (no script reads it), SameSite=Strict (no other site's page sends
 * it), Secure unless plain HTTP was configured. It has no Max-Age: the server ends sessions by
 * itself, and a browser closed at a shared reception desk forgets the cookie.
 */
export function sessionCookies(secure: boolean) {
  const options = { path: '/', httpOnly: true, secure, sameSite: 'strict' } as const;
  return {
    clear: (reply: FastifyReply) => reply.clearCookie(sessionCookie, options),
    /** The answer of a step that may have given the session a new id: the new cookie, if any, and the view. */
    renewed<V>(reply: FastifyReply, { token, view }: { token: string | undefined; view: V }): V {
      if (token) reply.setCookie(sessionCookie, token, options);
      return view;
    },
  };
}

export type SessionCookies = ReturnType<typeof sessionCookies>;
