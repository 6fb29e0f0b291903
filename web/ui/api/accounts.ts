import type { z } from 'zod';
import type {
  CreateUserRequest,
  FactorsView,
  RecoveryCodesView,
  UpdateUserRequest,
  UserWithSecret,
} from '../../../src/access/schemas.js';
import { api, request } from './http.js';
import type { Session, UserView } from './types.js';

/**
 * Staff accounts (administrators) and one's own account: the API's shapes from its zod schemas.
 * Enrolling a factor is in `factors` (endpoints.ts), shared with the first sign-in.
 */
export type NewUser = z.input<typeof CreateUserRequest>;
export type UserChange = z.input<typeof UpdateUserRequest>;
export type UserSecret = z.infer<typeof UserWithSecret>;
export type Factors = z.infer<typeof FactorsView>;
export type RecoveryCodes = z.infer<typeof RecoveryCodesView>;

const id = encodeURIComponent;

export const users = {
  list: () => api.get<UserView[]>('/api/users'),
  create: (user: NewUser) => api.post<UserSecret>('/api/users', user),
  update: (userId: string, version: number, change: UserChange) => request<UserView>('PATCH', `/api/users/${id(userId)}`, { body: change, ifMatch: version }),
  resetPassword: (userId: string) => api.post<UserSecret>(`/api/users/${id(userId)}/password-reset`),
  resetFactors: (userId: string) => api.post<UserView>(`/api/users/${id(userId)}/factor-reset`),
};

export const ownAccount = {
  factors: () => api.get<Factors>('/api/session/factors'),
  removeFactor: (factorId: string) => api.delete<void>(`/api/session/factors/${id(factorId)}`),
  newRecoveryCodes: () => api.post<RecoveryCodes>('/api/session/recovery-codes'),
  changePassword: (currentPassword: string, newPassword: string) => api.post<Session>('/api/session/password', { currentPassword, newPassword }),
  signOutEverywhere: () => api.delete<void>('/api/session', { query: { everywhere: 'true' } }),
};
