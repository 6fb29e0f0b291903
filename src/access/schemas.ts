import { z } from 'zod';
import { locales } from '../platform/i18n/locale.js';
import { roles } from './core/policy.js';

export const LoginRequest = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export const UserView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  roles: z.array(z.enum(roles)),
  officeId: z.string().nullable(),
  districtId: z.string().nullable(),
  language: z.enum(locales),
  mustChangePassword: z.boolean(),
  disabled: z.boolean(),
  version: z.number().int(),
});
export type UserView = z.infer<typeof UserView>;

export const SessionView = z.object({ user: UserView, expiresAt: z.string() });

const username = z.string().regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'lowercase letters, digits, dot, dash, underscore');

export const CreateUserRequest = z.strictObject({
  username,
  displayName: z.string().trim().min(1).max(120),
  roles: z.array(z.enum(roles)).min(1).max(roles.length),
  officeId: z.string().max(64).nullable().default(null),
  districtId: z.string().max(64).nullable().default(null),
  language: z.enum(locales).default('az'),
});
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const UpdateUserRequest = z.strictObject({
  displayName: z.string().trim().min(1).max(120).optional(),
  roles: z.array(z.enum(roles)).min(1).max(roles.length).optional(),
  officeId: z.string().max(64).nullable().optional(),
  districtId: z.string().max(64).nullable().optional(),
  language: z.enum(locales).optional(),
  disabled: z.boolean().optional(),
});
export type UpdateUserRequest = z.infer<typeof UpdateUserRequest>;

export const ChangePasswordRequest = z.strictObject({
  currentPassword: z.string().min(1).max(1024),
  newPassword: z.string().min(1).max(1024),
});

export const PreferencesRequest = z.strictObject({ language: z.enum(locales) });

export const UserWithSecret = z.object({ user: UserView, oneTimeSecret: z.string() });

export const IdParams = z.strictObject({ id: z.string().min(1).max(64) });
