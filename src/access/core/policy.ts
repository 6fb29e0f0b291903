/**
 * Who may do what, in one place, readable by a person. Deny by default: what is not granted here
 * is refused.
 *
 * Access is permission × scope × field sections × purpose:
 * - a role grants a permission over its own records, its office's, its district's or all;
 * - of a person's record it sees only some sections (identity, contact, documents, special
 *   categories such as health and disability, the precise location of vulnerable people);
 * - and it reads personal data only for the purposes its work has, each read recorded with one.
 */

export const roles = [
  'registrar',
  'outreach-worker',
  'reviewer',
  'case-worker',
  'doctor',
  'supply-officer',
  'supervisor',
  'data-protection-officer',
  'administrator',
  'auditor',
  'partner',
] as const;
export type Role = (typeof roles)[number];

export const scopes = ['own', 'office', 'district', 'all'] as const;
export type Scope = (typeof scopes)[number];

export const sections = ['identity', 'contact', 'documents', 'special-categories', 'precise-location'] as const;
export type Section = (typeof sections)[number];

export const purposes = [
  /** Receiving, reviewing and deciding applications. */
  'registration',
  /** Assessing needs and delivering services and supplies. */
  'service-delivery',
  /** Medical care by a doctor of a brigade or a clinic. */
  'medical-care',
  /** Overseeing the work: quality, failed messages, duplicates. */
  'supervision',
  /** Answering a resident's request about their own data (access, copy, correction, erasure). */
  'data-subject-request',
  /** Checking that data was used lawfully. */
  'audit',
] as const;
export type Purpose = (typeof purposes)[number];

/** The request header by which a client names the purpose of a read, when its role has several. */
export const purposeHeader = 'homeward-purpose';

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
  'person.search',
  'person.merge',
  'person.special-categories.read',
  'person.special-categories.write',
  /** Erase or anonymise a person everywhere (residents' rights, issue 4). */
  'person.erase',
  /** Place and lift legal holds, which stop erasure. */
  'person.legal-hold',
  /** Ask for a file of personal data for a partner; a different person must approve it. */
  'export.request',
  'export.read',
  'export.approve',
  'report.read',
  'notification.manage',
  'office.manage',
  'outreach.plan',
  /** Enrol a device for offline outreach, sync its outbox, take people of the office onto it. */
  'outreach.sync',
  /** Wipe a lost or stolen outreach device. */
  'outreach.device.wipe',
  /** Choose between two values of a field changed on two devices (the conflict inbox). */
  'outreach.conflict.resolve',
  'place.manage',
  'user.manage',
] as const;
export type Permission = (typeof permissions)[number];

interface RolePolicy {
  grants: Partial<Record<Permission, Scope>>;
  sections: readonly Section[];
  purposes: readonly Purpose[];
}

const casework = ['identity', 'contact', 'documents'] as const;

const policy: Record<Role, RolePolicy> = {
  /** Takes applications at a reception office and hands out documents there. */
  registrar: {
    grants: {
      'application.create': 'office',
      'application.read': 'office',
      'application.resubmit': 'office',
      'application.issue-documents': 'office',
      'application.withdraw': 'office',
      'application.attach': 'office',
      'person.read': 'office',
      'person.update': 'office',
      // Looking for duplicates at intake means looking across offices; a search shows identity only.
      'person.search': 'all',
      'report.read': 'office',
    },
    sections: casework,
    // Corrections a resident asks for on the portal are answered at their office.
    purposes: ['registration', 'data-subject-request'],
  },
  /** Holds outreach receptions in villages for an office, often offline; records needs seen there. */
  'outreach-worker': {
    grants: {
      'application.create': 'office',
      'application.read': 'office',
      'application.attach': 'office',
      'person.read': 'office',
      'person.search': 'all',
      'person.special-categories.write': 'office',
      'outreach.sync': 'office',
    },
    sections: [...casework, 'special-categories', 'precise-location'],
    purposes: ['registration', 'service-delivery'],
  },
  /** Examines applications from every office and decides them. */
  reviewer: {
    grants: {
      'application.read': 'all',
      'application.review': 'all',
      'application.decide': 'all',
      'application.attach': 'all',
      'person.read': 'all',
      'person.search': 'all',
      'person.merge': 'all',
      'report.read': 'all',
    },
    sections: casework,
    purposes: ['registration'],
  },
  /** Assesses social, psycho-social and disability needs in a district and follows referrals. */
  'case-worker': {
    grants: {
      'person.read': 'district',
      'person.search': 'all',
      'person.special-categories.read': 'district',
      'person.special-categories.write': 'district',
      'report.read': 'district',
    },
    sections: ['identity', 'contact', 'special-categories', 'precise-location'],
    purposes: ['service-delivery'],
  },
  /** Treats people on brigades and in clinics. */
  doctor: {
    grants: {
      'person.read': 'all',
      'person.special-categories.read': 'all',
      'person.special-categories.write': 'all',
    },
    sections: ['identity', 'contact', 'special-categories', 'precise-location'],
    purposes: ['medical-care'],
  },
  /** Plans and delivers fuel and food to institutions and households. */
  'supply-officer': {
    grants: { 'report.read': 'all' },
    sections: ['identity', 'contact'],
    purposes: ['service-delivery'],
  },
  /** Oversees the work: sees everything, can act on any application, and fixes failed notifications. */
  supervisor: {
    grants: {
      'application.create': 'all',
      'application.read': 'all',
      'application.review': 'all',
      'application.decide': 'all',
      'application.resubmit': 'all',
      'application.withdraw': 'all',
      'application.attach': 'all',
      'person.read': 'all',
      'person.update': 'all',
      'person.search': 'all',
      'person.merge': 'all',
      'report.read': 'all',
      'notification.manage': 'all',
      'outreach.plan': 'all',
      'outreach.device.wipe': 'all',
      'outreach.conflict.resolve': 'all',
      'person.special-categories.read': 'all',
      'export.request': 'all',
      'export.read': 'all',
    },
    sections: [...casework, 'special-categories', 'precise-location'],
    purposes: ['registration', 'service-delivery', 'supervision', 'data-subject-request'],
  },
  /** Answers residents' requests about their data and checks that it is used lawfully. */
  'data-protection-officer': {
    // Erases, holds and approves exports by ids and column names: never sees the data itself.
    grants: { 'report.read': 'all', 'person.erase': 'all', 'person.legal-hold': 'all', 'export.read': 'all', 'export.approve': 'all' },
    sections: [],
    purposes: ['audit', 'data-subject-request'],
  },
  /** Runs the system (users, offices, the gazetteer) and by design sees no one's personal data. */
  administrator: {
    grants: {
      'office.manage': 'all',
      'outreach.plan': 'all',
      'outreach.device.wipe': 'all',
      'place.manage': 'all',
      'user.manage': 'all',
      'report.read': 'all',
    },
    sections: [],
    purposes: [],
  },
  /** Reads the audit trail and the published figures; sees no personal data. */
  auditor: {
    grants: { 'report.read': 'all', 'export.read': 'all' },
    sections: [],
    purposes: ['audit'],
  },
  /** An organisation receiving referrals: sees only what was shared with it. */
  partner: {
    grants: {},
    sections: ['identity', 'contact'],
    purposes: ['service-delivery', 'medical-care'],
  },
};

const breadth: Record<Scope, number> = { own: 0, office: 1, district: 2, all: 3 };

/** The broadest scope any of the roles grants for the permission, or undefined when none does. */
export function scopeFor(userRoles: readonly Role[], permission: Permission): Scope | undefined {
  let best: Scope | undefined;
  for (const role of userRoles) {
    const scope = policy[role]?.grants[permission];
    if (scope && (best === undefined || breadth[scope] > breadth[best])) best = scope;
  }
  return best;
}

/** Roles granting anything over a district's records: their accounts need a district to work in. */
export const worksInDistrict = (role: Role) => Object.values(policy[role].grants).includes('district');

/** The sections of a person's record a role sees. */
export const sectionsOf = (role: Role): readonly Section[] => policy[role].sections;

/** The purposes a role may read personal data for. */
export const purposesOf = (role: Role): readonly Purpose[] => policy[role].purposes;

/**
 * Roles that see health, disability or where vulnerable people live: their sessions end sooner
 * (core/session-limits.ts). Derived from the sections, so a new role cannot be forgotten here.
 */
export const seesSpecialCategories = (userRoles: readonly Role[]) =>
  userRoles.some((r) => policy[r].sections.includes('special-categories') || policy[r].sections.includes('precise-location'));

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
export const isPurpose = (v: string): v is Purpose => (purposes as readonly string[]).includes(v);
