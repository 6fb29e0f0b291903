import type { PortalKey } from '../i18n.js';
import type { RightsKey } from './i18n.js';

/** Roles and purposes as the access log names them, in the resident's words. */
export const roleLabels: Record<string, RightsKey> = {
  registrar: 'role.registrar',
  'outreach-worker': 'role.outreach-worker',
  reviewer: 'role.reviewer',
  'case-worker': 'role.case-worker',
  doctor: 'role.doctor',
  'supply-officer': 'role.supply-officer',
  supervisor: 'role.supervisor',
  'data-protection-officer': 'role.data-protection-officer',
  administrator: 'role.administrator',
  auditor: 'role.auditor',
  partner: 'role.partner',
  system: 'role.system',
};

export const purposeLabels: Record<string, RightsKey> = {
  registration: 'purpose.registration',
  'service-delivery': 'purpose.service-delivery',
  'medical-care': 'purpose.medical-care',
  supervision: 'purpose.supervision',
  'data-subject-request': 'purpose.data-subject-request',
  audit: 'purpose.audit',
};

/** What a resident may ask to correct, by the name the apply form gave it ("other" in the page's own words). */
export const correctionFields: [string, PortalKey | null][] = [
  ['givenName', 'field.givenName'],
  ['patronymic', 'field.patronymic'],
  ['familyName', 'field.familyName'],
  ['sex', 'field.sex'],
  ['birthDate', 'field.birthDate'],
  ['email', 'field.email'],
  ['residence', 'field.residence'],
  ['other', null],
];
