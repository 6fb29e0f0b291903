import type { documentTypes } from '../../src/people/core/documents.js';
import type { relationships, sexes } from '../../src/people/schemas.js';
import type { deliveryStates } from '../../src/notifications/schemas.js';
import type { notificationEvents } from '../../src/notifications/core/templates.js';
import type { rejectionReasons, withdrawalReasons } from '../../src/registration/core/lifecycle.js';
import type { AttachmentKind } from '../../src/registration/core/attachments.js';
import type { Channel } from '../../src/registration/schemas.js';
import type { DuplicateState } from '../ui/api/matching.js';
import type { OfficeView, PlaceView, Role, StepType } from '../ui/api/types.js';
import type { MessageKey } from '../ui/i18n/i18n.js';
import type { Locale } from '../ui/i18n/locales.js';

/** Catalogue keys for the API's enumerations, so that every value has a translated label. */
export const channelLabel: Record<Channel, MessageKey> = {
  reception: 'channel.reception',
  outreach: 'channel.outreach',
  portal: 'channel.portal',
};

export const attachmentLabel: Record<AttachmentKind, MessageKey> = {
  'identity-document': 'attachment.identity-document',
  'birth-certificate': 'attachment.birth-certificate',
  'residence-proof': 'attachment.residence-proof',
  photo: 'attachment.photo',
  other: 'attachment.other',
};

export const stepLabel: Record<StepType, MessageKey> = {
  'start-review': 'step.start-review',
  'request-information': 'step.request-information',
  resubmit: 'step.resubmit',
  approve: 'step.approve',
  reject: 'step.reject',
  'issue-documents': 'step.issue-documents',
  withdraw: 'step.withdraw',
};

export const actionLabel: Record<'submit' | 'receive' | StepType, MessageKey> = {
  submit: 'action.submit',
  receive: 'action.receive',
  ...stepLabel,
};

export const reasonLabel: Record<(typeof rejectionReasons)[number] | (typeof withdrawalReasons)[number], MessageKey> = {
  'identity-not-established': 'reason.identity-not-established',
  'not-eligible': 'reason.not-eligible',
  'information-not-provided': 'reason.information-not-provided',
  'duplicate-application': 'reason.duplicate-application',
  'false-information': 'reason.false-information',
  'applicant-request': 'reason.applicant-request',
  'applicant-deceased': 'reason.applicant-deceased',
  other: 'reason.other',
};

export const eventLabel: Record<(typeof notificationEvents)[number], MessageKey> = {
  received: 'notification.event.received',
  'in-review': 'notification.event.in-review',
  'information-requested': 'notification.event.information-requested',
  resubmitted: 'notification.event.resubmitted',
  approved: 'notification.event.approved',
  rejected: 'notification.event.rejected',
  'documents-issued': 'notification.event.documents-issued',
  withdrawn: 'notification.event.withdrawn',
  'factors-reset': 'notification.event.factors-reset',
  'access-code': 'notification.event.access-code',
};

export const deliveryLabel: Record<(typeof deliveryStates)[number], MessageKey> = {
  pending: 'delivery.pending',
  sending: 'delivery.sending',
  sent: 'delivery.sent',
  delivered: 'delivery.delivered',
  dead: 'delivery.dead',
};

export const documentLabel: Record<(typeof documentTypes)[number], MessageKey> = {
  'az-fin': 'document.az-fin',
  'az-id-card': 'document.az-id-card',
  'az-passport': 'document.az-passport',
  'az-tax-id': 'document.az-tax-id',
  'am-passport': 'document.am-passport',
  'am-id-card': 'document.am-id-card',
  'am-public-services-number': 'document.am-public-services-number',
  'ussr-passport': 'document.ussr-passport',
  'nk-passport': 'document.nk-passport',
  certificate: 'document.certificate',
  other: 'document.other',
};

export const sexLabel: Record<(typeof sexes)[number], MessageKey> = {
  female: 'sex.female',
  male: 'sex.male',
  other: 'sex.other',
};

export const relationshipLabel: Record<(typeof relationships)[number], MessageKey> = {
  spouse: 'relationship.spouse',
  child: 'relationship.child',
  parent: 'relationship.parent',
  sibling: 'relationship.sibling',
  grandparent: 'relationship.grandparent',
  grandchild: 'relationship.grandchild',
  'other-relative': 'relationship.other-relative',
  other: 'relationship.other',
};

export const officeName = (office: OfficeView, locale: Locale) => office.names[locale];

/** A place in the reader's language; Armenian readers get the Armenian name. */
export const placeName = (place: PlaceView, locale: Locale) => place.names[locale] || place.names.en;

const roleLabels: Record<Role | 'system', MessageKey> = {
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

/** The role an action was taken in; roles added later still show, as "staff". */
export const roleLabel = (role: string): MessageKey => (Object.hasOwn(roleLabels, role) ? roleLabels[role as Role] : 'role.other');

export const messageChannelLabel: Record<'sms' | 'email', MessageKey> = {
  sms: 'notification.channel.sms',
  email: 'notification.channel.email',
};

export const duplicateStateLabel: Record<DuplicateState, MessageKey> = {
  open: 'duplicates.state.open',
  confirmed: 'duplicates.state.confirmed',
  dismissed: 'duplicates.state.dismissed',
};

export const factorLabel: Record<'totp' | 'passkey', MessageKey> = {
  totp: 'factor.totp',
  passkey: 'factor.passkey',
};
