import type { FastifyReply } from 'fastify';
import { route, type RouteSpec } from '../http/route.js';
import { etag } from '../http/register.js';
import { actorOf, principalOf, sessionCookie } from './guard.js';
import {
  ChangePasswordRequest,
  CreateUserRequest,
  IdParams,
  LoginRequest,
  PreferencesRequest,
  SessionView,
  UpdateUserRequest,
  UserView,
  UserWithSecret,
} from './schemas.js';
import { sessionPolicy, type AccessService } from './service.js';
import { z } from 'zod';

export function accessRoutes(access: AccessService, secureCookies: boolean): RouteSpec[] {
  const setCookie = (reply: FastifyReply, token: string) =>
    reply.setCookie(sessionCookie, token, {
      path: '/',
      httpOnly: true,
      secure: secureCookies,
      sameSite: 'strict',
      maxAge: sessionPolicy.absoluteMs / 1000,
    });

  return [
    route({
      method: 'POST',
      url: '/api/session',
      summary: 'Sign in with user name and password',
      tags: ['session'],
      access: 'public',
      body: LoginRequest,
      responses: { 200: SessionView },
      async handler({ body, req, reply }) {
        const session = await access.signIn(body.username, body.password, req.ip);
        setCookie(reply, session.token);
        return { user: session.user, expiresAt: session.expiresAt };
      },
    }),
    route({
      method: 'GET',
      url: '/api/session',
      summary: 'The signed-in user',
      tags: ['session'],
      access: 'signed-in',
      responses: { 200: UserView },
      handler: ({ req }) => access.me(principalOf(req)),
    }),
    route({
      method: 'DELETE',
      url: '/api/session',
      summary: 'Sign out (add ?everywhere=true to end every session of this user)',
      tags: ['session'],
      access: 'signed-in',
      query: z.strictObject({ everywhere: z.enum(['true', 'false']).default('false') }),
      responses: { 204: null },
      async handler({ req, reply, query }) {
        const principal = principalOf(req);
        await (query.everywhere === 'true' ? access.signOutEverywhere(principal) : access.signOut(principal));
        reply.clearCookie(sessionCookie, { path: '/' });
        return reply.code(204).send();
      },
    }),
    route({
      method: 'POST',
      url: '/api/session/password',
      summary: 'Change my password (ends every other session)',
      tags: ['session'],
      access: 'signed-in',
      body: ChangePasswordRequest,
      responses: { 200: SessionView },
      async handler({ body, req, reply }) {
        const session = await access.changePassword(principalOf(req), body.currentPassword, body.newPassword);
        setCookie(reply, session.token);
        return { user: await access.me((await access.resolve(session.token))!), expiresAt: session.expiresAt };
      },
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
    route({
      method: 'GET',
      url: '/api/users',
      summary: 'List staff accounts',
      tags: ['users'],
      access: { permission: 'user.manage' },
      responses: { 200: z.array(UserView) },
      handler: () => access.listUsers(),
    }),
    route({
      method: 'POST',
      url: '/api/users',
      summary: 'Create a staff account; its one-time secret is shown once',
      tags: ['users'],
      access: { permission: 'user.manage' },
      body: CreateUserRequest,
      responses: { 201: UserWithSecret },
      async handler({ body, req, reply }) {
        const created = await access.createUser(actorOf(req), body);
        reply.code(201).header('etag', etag(created.user.version));
        return created;
      },
    }),
    route({
      method: 'PATCH',
      url: '/api/users/:id',
      summary: 'Change roles, office, language, or disable an account',
      tags: ['users'],
      access: { permission: 'user.manage' },
      params: IdParams,
      body: UpdateUserRequest,
      versioned: true,
      responses: { 200: UserView },
      async handler({ body, params, ifMatch, req, reply }) {
        const user = await access.updateUser(actorOf(req), params.id, ifMatch!, body);
        reply.header('etag', etag(user.version));
        return user;
      },
    }),
    route({
      method: 'POST',
      url: '/api/users/:id/password-reset',
      summary: 'Issue a new one-time secret and end the user’s sessions',
      tags: ['users'],
      access: { permission: 'user.manage' },
      params: IdParams,
      responses: { 200: UserWithSecret },
      handler: ({ params, req }) => access.resetPassword(actorOf(req), params.id),
    }),
  ];
}
