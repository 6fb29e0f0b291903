import type { AuthenticationResponseJSON } from '@simplewebauthn/server';
import { z } from 'zod';
import { route, type RouteSpec } from '../http/route.js';
import type { SessionCookies } from './cookie.js';
import { principalOf } from './guard.js';
import {
  ChangePasswordRequest,
  LoginRequest,
  PasskeyAssertionRequest,
  PasskeyRequestOptions,
  PreferencesRequest,
  RecoveryCodeRequest,
  SessionView,
  TotpCodeRequest,
  UserView,
} from './schemas.js';
import type { AccessService } from './service.js';

/**
 * Signing in and out. POST /api/session takes the password and answers with the stage the
 * sign-in reached; the second-factor routes finish it, each answering with a new session cookie.
 */
export function sessionRoutes(access: AccessService, cookies: SessionCookies): RouteSpec[] {
  return [
    route({
      method: 'POST',
      url: '/api/session',
      summary: 'Sign in, step 1: user name and password (then a second factor, or a first enrolment; see stage)',
      tags: ['session'],
      access: 'public',
      body: LoginRequest,
      responses: { 200: SessionView },
      handler: async ({ body, req, reply }) => cookies.renewed(reply, await access.signIn(body.username, body.password, req.ip)),
    }),
    route({
      method: 'GET',
      url: '/api/session',
      summary: 'My session: who, how far the sign-in got, when it ends',
      tags: ['session'],
      access: 'any-session',
      responses: { 200: SessionView },
      handler: ({ req }) => access.status(principalOf(req)),
    }),
    route({
      method: 'DELETE',
      url: '/api/session',
      summary: 'Sign out (add ?everywhere=true to end every session of this user, once signed in)',
      tags: ['session'],
      access: 'any-session',
      query: z.strictObject({ everywhere: z.enum(['true', 'false']).default('false') }),
      responses: { 204: null },
      async handler({ req, reply, query }) {
        const principal = principalOf(req);
        await (query.everywhere === 'true' ? access.signOutEverywhere(principal) : access.signOut(principal));
        cookies.clear(reply);
        return reply.code(204).send();
      },
    }),
    route({
      method: 'POST',
      url: '/api/session/totp',
      summary: 'Sign in, step 2: a code from the authenticator app',
      tags: ['session'],
      access: 'any-session',
      body: TotpCodeRequest,
      responses: { 200: SessionView },
      handler: async ({ body, req, reply }) => cookies.renewed(reply, await access.verifyTotp(principalOf(req), body.code, req.ip)),
    }),
    route({
      method: 'POST',
      url: '/api/session/passkey/options',
      summary: 'Sign in, step 2 with a passkey: the challenge for navigator.credentials.get()',
      tags: ['session'],
      access: 'any-session',
      responses: { 200: PasskeyRequestOptions },
      handler: ({ req }) => access.passkeyOptions(principalOf(req)),
    }),
    route({
      method: 'POST',
      url: '/api/session/passkey',
      summary: 'Sign in, step 2 with a passkey: the signed challenge',
      tags: ['session'],
      access: 'any-session',
      body: PasskeyAssertionRequest,
      responses: { 200: SessionView },
      handler: async ({ body, req, reply }) => cookies.renewed(reply, await access.verifyPasskey(principalOf(req), body.credential as AuthenticationResponseJSON, req.ip)),
    }),
    route({
      method: 'POST',
      url: '/api/session/recovery-code',
      summary: 'Sign in, step 2 without the usual factor: a one-time recovery code',
      tags: ['session'],
      access: 'any-session',
      body: RecoveryCodeRequest,
      responses: { 200: SessionView },
      handler: async ({ body, req, reply }) => cookies.renewed(reply, await access.verifyRecoveryCode(principalOf(req), body.code, req.ip)),
    }),
    route({
      method: 'POST',
      url: '/api/session/password',
      summary: 'Change my password (ends every other session; this one gets a new id)',
      tags: ['session'],
      access: 'signed-in',
      body: ChangePasswordRequest,
      responses: { 200: SessionView },
      handler: async ({ body, req, reply }) => cookies.renewed(reply, await access.changePassword(principalOf(req), body.currentPassword, body.newPassword)),
    }),
    route({
      method: 'PUT',
      url: '/api/session/preferences',
      summary: 'Set my language',
      tags: ['session'],
      access: 'signed-in',
      body: PreferencesRequest,
      responses: { 200: UserView },
      handler: ({ body, req }) => access.setLanguage(principalOf(req), body.language),
    }),
  ];
}
