import type { Caller } from '../access/caller.js';
import { currentValue } from '../people/core/corrections.js';
import type { PersonView } from '../people/schemas.js';
import { Problem } from '../platform/problem.js';
import type { RegistrationService } from '../registration/service.js';
import type { Devices } from './devices.js';
import { editableFields } from './schemas.js';

/**
 * Preparing a visit: a worker, online, takes a person of their office and their household onto
 * the device by the reference number of their application, to correct details offline. Only the fields an edit may
 * change travel, with the version the edits will be based on; the read is audited as any other.
 */
/** What the device may change of a person, with the version its changes will be based on. */
const editable = (p: PersonView) => ({
  personId: p.id,
  version: p.version,
  fields: Object.fromEntries(editableFields.map((f) => [f, currentValue(p, f)])),
});

export function createVisits(devices: Devices, registration: RegistrationService) {
  return {
    async person(caller: Caller, deviceId: string, reference: string) {
      await devices.own(caller, deviceId);
      const found = await registration.views.byReference(reference);
      if (!found) throw Problem.notFound('application');
      const app = await registration.views.application(caller, found.id);
      return {
        ...editable(app.applicant),
        applicationId: app.id,
        reference: app.reference ?? reference,
        household: (app.household?.members ?? []).filter((m) => m.person.id !== app.applicant.id).map((m) => ({ ...editable(m.person), relationship: m.relationship })),
      };
    },
  };
}
