import type { ConflictView } from '../../ui/api/conflicts.js';
import type { StaffCorrection } from '../../ui/api/rights.js';
import type { MessageKey } from '../../ui/i18n/i18n.js';
import { correctionFieldLabel } from '../rights/labels.js';

/** Devices change the fields a correction can change, so their labels are the corrections' labels. */
export const conflictField = (field: string): StaffCorrection['field'] => (Object.hasOwn(correctionFieldLabel, field) ? (field as StaffCorrection['field']) : 'other');

export const conflictFieldLabel = (field: string): MessageKey => correctionFieldLabel[conflictField(field)];

/** The person a conflict is about, by name, or said plainly when the record is gone. */
export const personName = (c: ConflictView, gone: string) => (c.person ? `${c.person.givenName} ${c.person.familyName}` : gone);
