import type { RouteSpec } from '../http/route.js';
import { sessionCookies } from './cookie.js';
import { factorRoutes } from './factors-http.js';
import type { AccessService } from './service.js';
import { sessionRoutes } from './session-http.js';
import { userRoutes } from './users-http.js';

/** Every route of staff identity: signing in, one's own factors, and the administrator's. */
export function accessRoutes(access: AccessService, secureCookies: boolean): RouteSpec[] {
  const cookies = sessionCookies(secureCookies);
  return [...sessionRoutes(access, cookies), ...factorRoutes(access, cookies), ...userRoutes(access)];
}
