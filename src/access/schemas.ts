import { z } from 'zod';
import { locales } from '../platform/i18n/locale.js';
import { roles, worksInDistrict } from './core/policy.js';
import { signInStages } from './core/sign-in-stages.js';
import { factorKinds } from './factor-store.js';

export const LoginRequest = z.strictObject({
  username: z.string().min(1).max(64),
  password: z.string().min(1).max(1024),
});

export const UserView = z.object({
  id: z.string(),
  username: z.string(),
  displayName: z.string(),
  email: z.string().nullable().describe('Where the staff member is told about changes to their account'),
  roles: z.array(z.enum(roles)),
  officeId: z.string().nullable(),
  districtId: z.string().nullable(),
  language: z.enum(locales),
  mustChangePassword: z.boolean(),
  secondFactors: z.array(z.enum(factorKinds)).describe('The kinds of second factor enrolled; empty until the first sign-in completes'),
  disabled: z.boolean(),
  version: z.number().int(),
});
export type UserView = z.infer<typeof UserView>;

/** The second factors a session at the second-factor stage may use. */
export const signInMethods = ['totp', 'passkey', 'recovery-code'] as const;

export const SessionView = z.object({
  user: UserView,
  stage: z
    .enum(signInStages)
    .describe(
      'second-factor: verify a factor listed in methods; enrol: set up a first factor (TOTP or passkey); ' +
        'password-change: choose a password; ready: signed in',
    ),
  methods: z.array(z.enum(signInMethods)).describe('At the second-factor stage, the factors this user can verify with'),
  expiresAt: z.string().describe('When the session ends at the latest (sooner if left idle)'),
  idleTimeoutSeconds: z.number().int().describe('A session left idle this long ends'),
  recoveryCodes: z
    .array(z.string())
    .optional()
    .describe('Issued with the first factor: shown once, each usable once instead of a second factor'),
});
export type SessionView = z.infer<typeof SessionView>;

const username = z.string().regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'lowercase letters, digits, dot, dash, underscore');
const email = z.email().max(254);

export const CreateUserRequest = z.strictObject({
  username,
  displayName: z.string().trim().min(1).max(120),
  email: email.nullable().default(null),
  roles: z.array(z.enum(roles)).min(1).max(roles.length),
  officeId: z.string().max(64).nullable().default(null),
  districtId: z.string().max(64).nullable().default(null),
  language: z.enum(locales).default('az'),
}).refine((u) => u.districtId !== null || !u.roles.some(worksInDistrict), { params: { rule: 'required' }, path: ['districtId'] });
export type CreateUserRequest = z.infer<typeof CreateUserRequest>;

export const UpdateUserRequest = z.strictObject({
  displayName: z.string().trim().min(1).max(120).optional(),
  email: email.nullable().optional(),
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

/** Six digits, as an authenticator app shows them (a space in the middle is allowed). */
const totpCode = z
  .string()
  .max(16)
  .refine((v) => /^\d{6}$/.test(v.replace(/\s/g, '')), { params: { rule: 'totp.format' } })
  .transform((v) => v.replace(/\s/g, ''));

export const TotpCodeRequest = z.strictObject({ code: totpCode });

const label = z.string().trim().min(1).max(60);

export const TotpConfirmRequest = z.strictObject({ code: totpCode, label: label.default('Authenticator app') });

export const TotpEnrolmentView = z.object({
  secret: z.string().describe('Base32, for typing into an authenticator app by hand'),
  uri: z.string().describe('otpauth:// URI, to show as a QR code'),
  expiresAt: z.string().describe('Confirm with a code before this'),
});

export const RecoveryCodeRequest = z.strictObject({ code: z.string().min(1).max(64) });

const base64url = z.string().max(16_384).regex(/^[A-Za-z0-9_-]*$/);

/** A PublicKeyCredential as its toJSON() gives it, around the authenticator's response. */
const publicKeyCredential = <R extends z.ZodType>(response: R) =>
  z.object({
    id: base64url,
    rawId: base64url,
    type: z.literal('public-key'),
    response,
    authenticatorAttachment: z.enum(['platform', 'cross-platform']).optional(),
    clientExtensionResults: z.record(z.string(), z.unknown()).default({}),
  });

/** The new credential from navigator.credentials.create(). */
export const PasskeyRegistrationRequest = z.strictObject({
  label: label.default('Passkey'),
  credential: publicKeyCredential(
    z.object({
      clientDataJSON: base64url,
      attestationObject: base64url,
      authenticatorData: base64url.optional(),
      transports: z.array(z.string().max(32)).max(8).optional(),
      publicKeyAlgorithm: z.number().int().optional(),
      publicKey: base64url.optional(),
    }),
  ),
});

/** The signed challenge from navigator.credentials.get(). */
export const PasskeyAssertionRequest = z.strictObject({
  credential: publicKeyCredential(
    z.object({
      clientDataJSON: base64url,
      authenticatorData: base64url,
      signature: base64url,
      userHandle: base64url.optional(),
    }),
  ),
});

const credentialDescriptor = z.object({ id: z.string(), type: z.literal('public-key'), transports: z.array(z.string()).optional() });

/** Options for navigator.credentials.create() (PublicKeyCredential.parseCreationOptionsFromJSON). */
export const PasskeyCreationOptions = z.looseObject({
  rp: z.object({ id: z.string().optional(), name: z.string() }),
  user: z.object({ id: z.string(), name: z.string(), displayName: z.string() }),
  challenge: z.string(),
  pubKeyCredParams: z.array(z.object({ type: z.literal('public-key'), alg: z.number() })),
  timeout: z.number().optional(),
  excludeCredentials: z.array(credentialDescriptor).optional(),
  authenticatorSelection: z.looseObject({}).optional(),
  attestation: z.string().optional(),
});

/** Options for navigator.credentials.get() (PublicKeyCredential.parseRequestOptionsFromJSON). */
export const PasskeyRequestOptions = z.looseObject({
  challenge: z.string(),
  rpId: z.string().optional(),
  timeout: z.number().optional(),
  allowCredentials: z.array(credentialDescriptor).optional(),
  userVerification: z.string().optional(),
});

export const FactorView = z.object({
  id: z.string(),
  kind: z.enum(factorKinds),
  label: z.string(),
  createdAt: z.string(),
  lastUsedAt: z.string().nullable(),
});

export const FactorsView = z.object({ factors: z.array(FactorView), recoveryCodesLeft: z.number().int() });

export const RecoveryCodesView = z.object({ recoveryCodes: z.array(z.string()) });
