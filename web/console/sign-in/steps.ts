import type { ComponentType } from 'react';
import type { Session } from '../../ui/api/types.js';
import { ChangePasswordStep } from './ChangePasswordStep.js';

export interface SignInStepProps {
  session: Session;
  /** The password the user just signed in with (a step may need to prove it again). */
  password: string;
  done(session: Session): void;
}

/**
 * What may follow the password, in order: each step says whether this session needs it. The
 * second factor (TOTP, passkeys) of the trust issue is added here as one more entry.
 */
export interface SignInStep {
  id: string;
  needed(session: Session): boolean;
  Component: ComponentType<SignInStepProps>;
}

export const stepsAfterPassword: SignInStep[] = [
  { id: 'change-password', needed: (s) => s.user.mustChangePassword, Component: ChangePasswordStep },
];
