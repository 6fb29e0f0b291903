import { createContext, useContext } from 'react';
import { scopeFor, type Permission } from '../../src/access/core/policy.js';
import type { UserView } from '../ui/api/types.js';

export interface SessionState {
  user: UserView;
  /** The session ended under the user (idle timeout, signed out elsewhere); the page stays as it was. */
  expired: boolean;
  signOut(): Promise<void>;
}

export const SessionContext = createContext<SessionState | null>(null);

export function useSession(): SessionState {
  const session = useContext(SessionContext);
  if (!session) throw new Error('useSession outside a signed-in console');
  return session;
}

/** Whether the user's roles grant a permission (the server's own policy table; the server still checks). */
export function can(user: UserView, permission: Permission): boolean {
  return scopeFor(user.roles, permission) !== undefined;
}

/** Whether the permission covers every office, not only the user's own. */
export function canEverywhere(user: UserView, permission: Permission): boolean {
  return scopeFor(user.roles, permission) === 'all';
}
