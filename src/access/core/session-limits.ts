import { seesSpecialCategories, type Role } from './policy.js';

/**
 * How long a staff session lives (issue 4): sessions of roles that see special categories end
 * after 15 minutes idle or 12 hours in all, others after 1 hour idle or 24 hours. A sign-in must
 * be completed (second factor, or the first enrolment) soon after the password was given.
 * Limits follow the user's current roles, so a new role takes effect on the next request.
 */
export const sessionLimits = {
  specialCategories: { idleMs: 15 * 60_000, absoluteMs: 12 * 60 * 60_000 },
  standard: { idleMs: 60 * 60_000, absoluteMs: 24 * 60 * 60_000 },
  completionMs: 15 * 60_000,
  /** Activity is written at most this often, so idleness is measured to within this much (never longer). */
  touchEveryMs: 60_000,
} as const;

export function limitsFor(roles: readonly Role[]) {
  return seesSpecialCategories(roles) ? sessionLimits.specialCategories : sessionLimits.standard;
}

/** Why a session is over: left idle, too old, or a sign-in never completed. */
export type SessionEnd = 'idle' | 'absolute' | 'incomplete';

export interface SessionTimes {
  createdAt: number;
  lastSeenAt: number;
  /** The second factor was verified in this session (or the first factor enrolled). */
  verified: boolean;
}

/** When the session ends at the latest, whatever the activity. */
export function deadline(times: SessionTimes, roles: readonly Role[]): number {
  const absolute = times.createdAt + limitsFor(roles).absoluteMs;
  return times.verified ? absolute : Math.min(absolute, times.createdAt + sessionLimits.completionMs);
}

/** Why the session is over at `now`, or undefined while it lives. */
export function sessionEnd(times: SessionTimes, roles: readonly Role[], now: number): SessionEnd | undefined {
  if (now >= times.createdAt + limitsFor(roles).absoluteMs) return 'absolute';
  if (!times.verified && now >= times.createdAt + sessionLimits.completionMs) return 'incomplete';
  if (now - times.lastSeenAt >= limitsFor(roles).idleMs) return 'idle';
  return undefined;
}
