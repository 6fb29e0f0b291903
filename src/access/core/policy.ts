/**
 * Who may do what, in one place, readable by a person. Access is permission × scope: a role
 * grants a permission over its own records, its office's, its district's or all. Deny by default:
 * a permission not granted here is refused.
 */

export const roles = ['registrar', 'reviewer', 'supervisor', 'administrator'] as const;
export type Role = (typeof roles)[number];

export const scopes = ['own', 'office', 'district', 'all'] as const;
export type Scope = (typeof scopes)[number];

export const permissions = [
  'application.create',
  'application.read',
  'application.review',
  'application.decide',
  'application.resubmit',
  'application.issue-documents',
  'application.withdraw',
  'application.attach',
  'person.read',
  'person.update',
  'report.read',
  'notification.manage',
  'office.manage',
  'outreach.plan',
  'place.manage',
  'user.manage',
] as const;
export type Permission = (typeof permissions)[number];

type Grants = Partial<Record<Permission, Scope>>;

const policy: Record<Role, Grants> = {
  /** Takes applications at a reception office and hands out documents there. */
  registrar: {
    'application.create': 'office',
    'application.read': 'office',
    'application.resubmit': 'office',
    'application.issue-documents': 'office',
    'application.withdraw': 'office',
    'application.attach': 'office',
    'person.read': 'office',
    'person.update': 'office',
    'report.read': 'office',
  },
  /** Examines applications from every office and decides them. */
  reviewer: {
    'application.read': 'all',
    'application.review': 'all',
    'application.decide': 'all',
    'application.attach': 'all',
    'person.read': 'all',
    'report.read': 'all',
  },
  /** Oversees the work: sees everything, can act on any application, and fixes failed notifications. */
  supervisor: {
    'application.create': 'all',
    'application.read': 'all',
    'application.review': 'all',
    'application.decide': 'all',
    'application.resubmit': 'all',
    'application.withdraw': 'all',
    'application.attach': 'all',
    'person.read': 'all',
    'person.update': 'all',
    'report.read': 'all',
    'notification.manage': 'all',
    'outreach.plan': 'all',
  },
  /** Runs the system (users, offices) and by design sees no one's personal data. */
  administrator: {
    'office.manage': 'all',
    'outreach.plan': 'all',
    'place.manage': 'all',
    'user.manage': 'all',
    'report.read': 'all',
  },
};

/**
 * Roles that see special categories (health, disability, precise location of vulnerable people).
 * Their sessions end sooner (core/session-limits.ts). Every role must say, so a new role cannot
 * get the longer sessions by being forgotten here.
 */
export const seesSpecialCategories: Record<Role, boolean> = {
  registrar: false,
  reviewer: false,
  supervisor: true,
  administrator: false,
};

const breadth: Record<Scope, number> = { own: 0, office: 1, district: 2, all: 3 };

/** The broadest scope any of the roles grants for the permission, or undefined when none does. */
export function scopeFor(userRoles: readonly Role[], permission: Permission): Scope | undefined {
  let best: Scope | undefined;
  for (const role of userRoles) {
    const scope = policy[role]?.[permission];
    if (scope && (best === undefined || breadth[scope] > breadth[best])) best = scope;
  }
  return best;
}

/** Where a record lives, for scope checks. */
export interface RecordLocation {
  ownerId?: string | null;
  officeId?: string | null;
  districtId?: string | null;
}

export interface Subject {
  userId: string;
  roles: readonly Role[];
  officeId: string | null;
  districtId: string | null;
}

export function withinScope(subject: Subject, scope: Scope, record: RecordLocation): boolean {
  switch (scope) {
    case 'all':
      return true;
    case 'district':
      return subject.districtId !== null && record.districtId === subject.districtId;
    case 'office':
      return subject.officeId !== null && record.officeId === subject.officeId;
    case 'own':
      return record.ownerId === subject.userId;
  }
}

export const isPermission = (v: string): v is Permission => (permissions as readonly string[]).includes(v);
export const isRole = (v: string): v is Role => (roles as readonly string[]).includes(v);
