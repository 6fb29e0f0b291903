/**
 * Who did something, as recorded in action logs and the audit trail: a staff user acting in one of
 * their roles, the applicant (through the portal), or the system itself (the notification worker).
 */
export interface Actor {
  id: string | null;
  role: string;
}

export const systemActor: Actor = { id: null, role: 'system' };
export const applicantActor: Actor = { id: null, role: 'applicant' };
