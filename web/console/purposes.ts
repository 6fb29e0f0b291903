import { purposesOf, type Purpose } from '../../src/access/core/policy.js';
import type { UserView } from '../ui/api/types.js';
import { matchPath } from '../ui/router.js';
import { routes } from './routes.js';

/**
 * The purpose the screen at `path` reads personal data for, as this user: the first of the
 * screen's purposes that one of the user's roles has (the server's own policy table; the server
 * still refuses a purpose the acting role lacks). None for screens that read no personal data.
 */
export function screenPurpose(path: string, user: UserView): Purpose | undefined {
  const route = routes.find((r) => matchPath(r.pattern, path));
  return route?.purposes?.find((purpose) => user.roles.some((role) => purposesOf(role).includes(purpose)));
}
