import { Problem } from '../platform/problem.js';
import type { Executor } from '../store/store.js';
import type { Principal } from './sessions.js';
import { accessStore, type UserRecord } from './store.js';

/** How a staff member acting on their own account is recorded: in their first role. */
export const selfActor = (user: { id: string; roles: readonly string[] }) => ({ id: user.id, role: user.roles[0]! });

/** The account behind a live session. */
export async function accountOf(db: Executor, principal: Principal): Promise<UserRecord> {
  const user = await accessStore.userById(db, principal.userId);
  if (!user) throw new Problem('unauthenticated');
  return user;
}
