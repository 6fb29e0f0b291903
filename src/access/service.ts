import type { AuditService } from '../audit/service.js';
import type { Deps } from '../context.js';
import type { NotificationsService } from '../notifications/service.js';
import { createCeremonies } from './ceremonies.js';
import { createOwnAccount } from './own-account.js';
import { createSessions } from './sessions.js';
import { createSignIn } from './sign-in.js';
import { createThrottling } from './throttling.js';
import { createTotpSecrets } from './totp-secrets.js';
import { createUsers } from './users.js';
import { createWebAuthn } from './webauthn.js';

export type { Principal, Resolution } from './sessions.js';

/** Staff identity: signing in with two factors, sessions, one's own account, and the administrator's. */
export function createAccessService(deps: Deps, audit: AuditService, notifications: NotificationsService) {
  const sessions = createSessions(deps);
  const totpSecrets = createTotpSecrets(deps);
  const parts = { sessions, audit, totpSecrets, throttling: createThrottling(deps), ceremonies: createCeremonies(deps), webauthn: createWebAuthn(deps.config) };
  return {
    sealLegacyTotpSecrets: totpSecrets.sealLegacy,
    resolve: sessions.resolve,
    ...createSignIn(deps, parts),
    ...createOwnAccount(deps, parts),
    ...createUsers(deps, { sessions, audit, notifications }),
  };
}

export type AccessService = ReturnType<typeof createAccessService>;
