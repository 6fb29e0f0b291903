/**
 * How far a sign-in has got, and what a session may do at each stage. A password alone opens a
 * session that can only complete the sign-in: verify a second factor or, for a user who has none
 * yet (a new account, the first administrator, after a factor reset), enrol one. Only then may it
 * manage its own account, and only without a pending password change may it use any permission.
 */
export const signInStages = ['second-factor', 'enrol', 'password-change', 'ready'] as const;
export type SignInStage = (typeof signInStages)[number];

export function stageOf(s: { verified: boolean; hasFactor: boolean; mustChangePassword: boolean }): SignInStage {
  if (!s.verified) return s.hasFactor ? 'second-factor' : 'enrol';
  return s.mustChangePassword ? 'password-change' : 'ready';
}

/**
 * What a route needs of a session: any session ('any-session': status, sign-out, the second
 * factor), one that may enrol factors ('enrolment'), a completed sign-in ('signed-in': the
 * staff member's own account), or a permission.
 */
export type SessionLevel = 'any-session' | 'enrolment' | 'signed-in' | 'permission';

const allowed: Record<SessionLevel, readonly SignInStage[]> = {
  'any-session': signInStages,
  // Never at 'second-factor': someone who has only the password must not add a factor of their own.
  enrolment: ['enrol', 'password-change', 'ready'],
  'signed-in': ['password-change', 'ready'],
  permission: ['ready'],
};

const refusals: Record<Exclude<SignInStage, 'ready'>, string> = {
  'second-factor': 'second-factor-required',
  enrol: 'factor-enrolment-required',
  'password-change': 'password-change-required',
};

/** The reason a session at this stage is refused a route of this level, or undefined when it may pass. */
export function refusal(stage: SignInStage, level: SessionLevel): string | undefined {
  if (allowed[level].includes(stage)) return undefined;
  return refusals[stage as Exclude<SignInStage, 'ready'>];
}
