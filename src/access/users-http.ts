import { z } from 'zod';
import { etag } from '../http/register.js';
import { route, type RouteSpec } from '../http/route.js';
import { actorOf } from './guard.js';
import { CreateUserRequest, IdParams, UpdateUserRequest, UserView, UserWithSecret } from './schemas.js';
import type { AccessService } from './service.js';

/** The administrator's management of staff accounts. */
export function userRoutes(access: AccessService): RouteSpec[] {
  return [
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
      summary: 'Change name, e-mail, roles, office, district, language, or disable an account (a change of roles or scope ends its sessions)',
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
    route({
      method: 'POST',
      url: '/api/users/:id/factor-reset',
      summary: 'Remove the user’s second factors and recovery codes, end their sessions and tell them by e-mail; they enrol again at next sign-in',
      tags: ['users'],
      access: { permission: 'user.manage' },
      params: IdParams,
      responses: { 200: UserView },
      handler: ({ params, req }) => access.resetFactors(actorOf(req), params.id),
    }),
  ];
}
