import type { ComponentType } from 'react';
import type { Session } from '../../ui/api/types.js';
import { ChangePasswordStep } from './ChangePasswordStep.js';
import { EnrolFactorStep } from './EnrolFactorStep.js';
import { RecoveryCodesStep } from './RecoveryCodesStep.js';
import { SecondFactorStep } from './SecondFactorStep.js';
import type { SignInStepProps } from './step-props.js';

/**
 * What may follow the password, in the order the server's sign-in stages go: prove a second
 * factor (or enrol a first one, then keep the recovery codes shown once), then choose a password
 * where a one-time secret was used. The first step a session still needs is the one shown.
 */
export interface SignInStep {
  id: string;
  needed(session: Session): boolean;
  Component: ComponentType<SignInStepProps>;
}

export const stepsAfterPassword: SignInStep[] = [
  { id: 'second-factor', needed: (s) => s.stage === 'second-factor', Component: SecondFactorStep },
  { id: 'enrol', needed: (s) => s.stage === 'enrol', Component: EnrolFactorStep },
  { id: 'recovery-codes', needed: (s) => (s.recoveryCodes?.length ?? 0) > 0, Component: RecoveryCodesStep },
  { id: 'change-password', needed: (s) => s.stage === 'password-change', Component: ChangePasswordStep },
];
