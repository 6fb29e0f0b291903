import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../platform/actor.js';
import { negotiateLocale, requestedLocale } from '../platform/i18n/locale.js';
import { Problem } from '../platform/problem.js';
import type { Caller } from './caller.js';
import { isPermission, isPurpose, purposeHeader, purposesOf, scopeFor, sectionsOf, type Permission, type Purpose, type Role, type Scope } from './core/policy.js';
import { refusal } from './core/sign-in-stages.js';
import type { AccessService, Principal } from './service.js';

export const sessionCookie = 'hw_session';

/** What the guard established for the current request: who, and under which grant. */
export interface Grant {
  permission: Permission;
  scope: Scope;
  /** The role that gives the broadest scope; it is the role recorded in actions and the audit trail. */
  role: Role;
  /** Why personal data is read in this request: the route's purpose, or one the caller names. */
  purpose?: Purpose;
}

declare module 'fastify' {
  interface FastifyRequest {
    principal?: Principal;
    grant?: Grant;
  }
}

const unsafe = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);
const sessionLevels: readonly string[] = ['public', 'applicant', 'any-session', 'enrolment', 'signed-in'];

/**
 * Deny by default. Every route must declare its access (checked when routes are added); staff
 * routes need a live session at a stage that allows the route (a sign-in completed with a second
 * factor, for everything but finishing the sign-in), and permission routes a role granting the
 * permission. A session that ended by time is told apart ('session-expired') from one that is
 * unknown or was revoked ('unauthenticated'). Cookie sessions are protected from cross-site
 * requests by SameSite=Strict and an Origin / Sec-Fetch-Site check.
 */
export function installGuard(app: FastifyInstance, access: AccessService, publicPrefixes: readonly string[]) {
  app.addHook('onRoute', (route) => {
    // Routes of mounted plugins (the API documentation viewer, the web apps' files) cannot carry a
    // declaration of their own; the prefixes under which they are public are named by the caller.
    if (!route.config?.access && publicPrefixes.some((p) => route.url.startsWith(p))) {
      route.config = { ...(route.config as object), access: 'public' };
    }
    const declared = route.config?.access;
    if (!declared) throw new Error(`Route ${route.method} ${route.url} declares no access`);
    if (typeof declared === 'string' && !sessionLevels.includes(declared)) throw new Error(`Route ${route.method} ${route.url} declares unknown access ${declared}`);
    if (typeof declared === 'object' && !isPermission(declared.permission)) {
      throw new Error(`Route ${route.method} ${route.url} needs unknown permission ${declared.permission}`);
    }
  });

  app.addHook('onRequest', async (req) => {
    req.locale = negotiateLocale(req.headers['accept-language']);
    const declared = req.routeOptions.config?.access;
    if (!declared) return;
    // Before anything else, public routes included: a sign-in posted from another site would
    // otherwise sign the victim's browser into the attacker's account.
    if (unsafe.has(req.method) && isCrossSite(req)) throw Problem.forbidden('cross-site');
    // Residents' routes check the resident's own session (src/portal/http.ts), never a staff one.
    if (declared === 'public' || declared === 'applicant') return;

    const token = req.cookies[sessionCookie];
    const resolved = token ? await access.resolve(token) : { ended: 'unknown' as const };
    if ('ended' in resolved) {
      throw resolved.ended === 'unknown' ? new Problem('unauthenticated') : new Problem('session-expired', {}, [], { reason: resolved.ended });
    }
    const principal = resolved.principal;
    req.principal = principal;
    // A header naming none of our languages ("*", as fetch sends by default) leaves the choice to the staff member's own.
    if (!requestedLocale(req.headers['accept-language'])) req.locale = principal.language;
    const level = typeof declared === 'object' ? 'permission' : declared;
    const refused = refusal(principal.stage, level);
    if (refused) throw Problem.forbidden(refused);
    if (typeof declared !== 'object') return;

    const permission = declared.permission as Permission;
    const scope = scopeFor(principal.roles, permission);
    if (!scope) throw Problem.forbidden();
    const role = principal.roles.find((r) => scopeFor([r], permission) === scope)!;
    req.grant = { permission, scope, role, ...purposeOf(req, declared.purpose, role) };
  });
}

/**
 * A read of personal data is for a purpose the route serves and the role has: the one the client
 * names in the Homeward-Purpose header, else the first of the route's that the role has. Any
 * other purpose is refused.
 */
function purposeOf(req: FastifyRequest, declared: string | readonly string[] | undefined, role: Role): { purpose?: Purpose } {
  if (!declared) return {};
  const served = typeof declared === 'string' ? [declared] : declared;
  const allowed = served.filter((p): p is Purpose => isPurpose(p) && purposesOf(role).includes(p));
  const named = req.headers[purposeHeader];
  if (typeof named !== 'string') {
    if (!allowed.length) throw Problem.forbidden('purpose');
    return { purpose: allowed[0]! };
  }
  if (!isPurpose(named)) {
    throw Problem.validation([{ in: 'header', pointer: '/Homeward-Purpose', rule: 'one-of', params: { options: allowed.join(', ') } }]);
  }
  if (!allowed.includes(named)) throw Problem.forbidden('purpose');
  return { purpose: named };
}

export function isCrossSite(req: FastifyRequest): boolean {
  const site = req.headers['sec-fetch-site'];
  if (site === 'cross-site') return true;
  const origin = req.headers.origin;
  if (!origin) return false;
  try {
    return new URL(origin).host !== req.headers.host;
  } catch {
    return true;
  }
}

export function principalOf(req: FastifyRequest): Principal {
  if (!req.principal) throw new Problem('unauthenticated');
  return req.principal;
}

/** The actor to record for this request: the staff member in their acting role. */
export function actorOf(req: FastifyRequest): Actor {
  const p = principalOf(req);
  return { id: p.userId, role: req.grant?.role ?? p.roles[0]! };
}

/** The caller of a permission route, for the service: actor, staff member, scope, sections, purpose. */
export function callerOf(req: FastifyRequest): Caller {
  const p = principalOf(req);
  const grant = req.grant;
  if (!grant) throw Problem.forbidden();
  return { actor: actorOf(req), subject: p, scope: grant.scope, sections: sectionsOf(grant.role), ...(grant.purpose ? { purpose: grant.purpose } : {}) };
}
