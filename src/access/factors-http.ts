import type { RegistrationResponseJSON } from '@simplewebauthn/server';
import { route, type RouteSpec } from '../http/route.js';
import type { SessionCookies } from './cookie.js';
import { principalOf } from './guard.js';
import {
  FactorsView,
  IdParams,
  PasskeyCreationOptions,
  PasskeyRegistrationRequest,
  RecoveryCodesView,
  SessionView,
  TotpConfirmRequest,
  TotpEnrolmentView,
} from './schemas.js';
import type { AccessService } from './service.js';

/**
 * My second factors. Enrolling the first one completes a first sign-in (or the first after a
 * factor reset): the answer then carries a new session cookie and the recovery codes, once.
 */
export function factorRoutes(access: AccessService, cookies: SessionCookies): RouteSpec[] {
  return [
    route({
      method: 'POST',
      url: '/api/session/factors/totp',
      summary: 'Enrol an authenticator app, step 1: a new secret to scan',
      tags: ['session'],
      access: 'enrolment',
      responses: { 200: TotpEnrolmentView },
      handler: ({ req }) => access.beginTotp(principalOf(req)),
    }),
    route({
      method: 'POST',
      url: '/api/session/factors/totp/confirm',
      summary: 'Enrol an authenticator app, step 2: a code it shows',
      tags: ['session'],
      access: 'enrolment',
      body: TotpConfirmRequest,
      responses: { 200: SessionView },
      handler: async ({ body, req, reply }) => cookies.renewed(reply, await access.confirmTotp(principalOf(req), body.code, body.label)),
    }),
    route({
      method: 'POST',
      url: '/api/session/factors/passkey/options',
      summary: 'Enrol a passkey, step 1: the options for navigator.credentials.create()',
      tags: ['session'],
      access: 'enrolment',
      responses: { 200: PasskeyCreationOptions },
      handler: ({ req }) => access.passkeyRegistrationOptions(principalOf(req)),
    }),
    route({
      method: 'POST',
      url: '/api/session/factors/passkey',
      summary: 'Enrol a passkey, step 2: the new credential',
      tags: ['session'],
      access: 'enrolment',
      body: PasskeyRegistrationRequest,
      responses: { 200: SessionView },
      handler: async ({ body, req, reply }) => cookies.renewed(reply, await access.registerPasskey(principalOf(req), body.credential as RegistrationResponseJSON, body.label)),
    }),
    route({
      method: 'GET',
      url: '/api/session/factors',
      summary: 'My second factors and how many recovery codes are left',
      tags: ['session'],
      access: 'signed-in',
      responses: { 200: FactorsView },
      handler: ({ req }) => access.factors(principalOf(req)),
    }),
    route({
      method: 'DELETE',
      url: '/api/session/factors/:id',
      summary: 'Remove one of my second factors (not the last one)',
      tags: ['session'],
      access: 'signed-in',
      params: IdParams,
      responses: { 204: null },
      async handler({ params, req, reply }) {
        await access.removeFactor(principalOf(req), params.id);
        return reply.code(204).send();
      },
    }),
    route({
      method: 'POST',
      url: '/api/session/recovery-codes',
      summary: 'New recovery codes (shown once; the old ones stop working)',
      tags: ['session'],
      access: 'signed-in',
      responses: { 200: RecoveryCodesView },
      handler: ({ req }) => access.newRecoveryCodes(principalOf(req)),
    }),
  ];
}
