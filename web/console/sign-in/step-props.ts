import type { Session } from '../../ui/api/types.js';

/** What every step of signing in is given. */
export interface SignInStepProps {
  session: Session;
  /** The password the user just signed in with (a step may need to prove it again). */
  password: string;
  done(session: Session): void;
}
