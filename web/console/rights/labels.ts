import type { Purpose } from '../../../src/access/core/policy.js';
import type { CorrectionField } from '../../../src/rights/core/corrections.js';
import type { ExportColumn } from '../../../src/rights/core/export-columns.js';
import type { ErasureReason, ErasureView, ExportView } from '../../../src/rights/schemas.js';
import type { MessageKey } from '../../ui/i18n/i18n.js';

/**
 * Catalogue keys for the rights API's enumerations. Typed by the server's lists, so a value added
 * there fails the type check here until it has a label; the forms list their options from these
 * maps, which keeps the server's schemas (and zod) out of the console's bundle.
 */
export const correctionFieldLabel: Record<CorrectionField, MessageKey> = {
  givenName: 'person.givenName',
  patronymic: 'person.patronymic',
  familyName: 'person.familyName',
  sex: 'person.sex',
  birthDate: 'person.birthDate',
  email: 'person.email',
  residence: 'person.residence',
  other: 'rights.field.other',
};

/** The reasons an officer may give; 'retention' is the retention job's own and only shown. */
export const erasureReasonLabel: Record<ErasureReason, MessageKey> = {
  'resident-request': 'erasure.reason.resident-request',
  'court-order': 'erasure.reason.court-order',
  'unlawful-processing': 'erasure.reason.unlawful-processing',
  'consent-withdrawn': 'erasure.reason.consent-withdrawn',
  other: 'erasure.reason.other',
  retention: 'erasure.reason.retention',
};

export const erasureStageLabel: Record<ErasureView['stage'], MessageKey> = {
  'rows-erased': 'erasure.stage.rows-erased',
  'files-removed': 'erasure.stage.files-removed',
  done: 'erasure.stage.done',
};

export const exportStateLabel: Record<ExportView['state'], MessageKey> = {
  requested: 'export.state.requested',
  approved: 'export.state.approved',
  refused: 'export.state.refused',
  expired: 'export.state.expired',
  withdrawn: 'export.state.withdrawn',
};

export const exportColumnLabel: Record<ExportColumn, MessageKey> = {
  reference: 'export.column.reference',
  givenName: 'person.givenName',
  patronymic: 'person.patronymic',
  familyName: 'person.familyName',
  sex: 'person.sex',
  birthDate: 'person.birthDate',
  birthPlace: 'person.birthPlace',
  residence: 'person.residence',
  phone: 'export.column.phone',
  email: 'person.email',
  documentType: 'person.document.type',
  documentNumber: 'person.document.number',
  applicationState: 'export.column.applicationState',
  channel: 'export.column.channel',
  office: 'export.column.office',
  receivedOn: 'export.column.receivedOn',
};

export const purposeLabel: Record<Purpose, MessageKey> = {
  registration: 'purpose.registration',
  'service-delivery': 'purpose.service-delivery',
  'medical-care': 'purpose.medical-care',
  supervision: 'purpose.supervision',
  'data-subject-request': 'purpose.data-subject-request',
  audit: 'purpose.audit',
};
