import type { Caller } from '../access/caller.js';
import { currentValue } from '../people/core/corrections.js';
import { Problem } from '../platform/problem.js';
import type { RegistrationService } from '../registration/service.js';
import type { Devices } from './devices.js';
import { editableFields } from './schemas.js';

/**
 * Preparing a visit: a worker, online, takes a person of their office onto the device by the
 * reference number of their application, to correct details offline. Only the fields an edit may
 * change travel, with the version the edits will be based on; the read is audited as any other.
 */
export function createVisits(devices: Devices, registration: RegistrationService) {
  return {
    async person(caller: Caller, deviceId: string, reference: string) {
      await devices.own(caller, deviceId);
      const found = await registration.views.byReference(reference);
      if (!found) throw Problem.notFound('application');
      const app = await registration.views.application(caller, found.id);
      const p = app.applicant;
      return {
        personId: p.id,
        version: p.version,
        reference: app.reference ?? reference,
        fields: Object.fromEntries(editableFields.map((f) => [f, currentValue(p, f)])),
      };
    },
  };
}
