import type { Deps } from '../context.js';
import { inScope, type Caller } from '../access/caller.js';
import type { AuditService } from '../audit/service.js';
import type { MatchingService } from '../matching/service.js';
import type { OfficesService } from '../offices/service.js';
import { Problem } from '../platform/problem.js';
import { makeReference } from '../registration/core/reference.js';
import type { RegistrationService } from '../registration/service.js';
import type { Executor } from '../store/store.js';
import { drawBlock, maxOfflineMs, referenceBlockSize } from './core/device-rules.js';
import type { DeviceView } from './schemas.js';
import { outreachStore, type DeviceRow } from './store.js';

const maxOfflineHours = maxOfflineMs / 3_600_000;
/** Duplicate hints cover the office's most recent applicants: enough for a village, small enough for a phone. */
const hintPeople = 20_000;

const view = (d: DeviceRow): DeviceView => ({
  id: d.id,
  userId: d.user_id,
  officeId: d.office_id,
  outreachEventId: d.outreach_event_id,
  label: d.label,
  createdAt: d.created_at,
  lastSeenAt: d.last_seen_at,
  wipedAt: d.wiped_at,
});

/**
 * The devices outreach workers take to villages: enrolled after an online sign-in, each holding a
 * secret its local encryption key comes from and a block of reference numbers of its own. A wiped
 * device is refused everything and learns it at its next contact.
 */
export function createDevices({ store, clock, ids }: Deps, offices: OfficesService, registration: RegistrationService, matching: MatchingService, audit: AuditService) {
  /** New numbers for a device: unused anywhere, neither by applications nor by another device. */
  async function issue(trx: Executor, deviceId: string, count: number): Promise<string[]> {
    const draw = () => makeReference((n) => ids.bytes(n));
    const candidates = drawBlock(count, draw, () => false);
    const used = new Set([...(await outreachStore.issuedReferences(trx, candidates)), ...(await registration.views.referencesTaken(candidates))]);
    const fresh = candidates.filter((r) => !used.has(r));
    const at = clock.now().toISOString();
    if (fresh.length) await outreachStore.insertReferences(trx, fresh.map((reference) => ({ reference, device_id: deviceId, issued_at: at, application_id: null })));
    return fresh;
  }

  /** The caller's own device, not wiped; a wiped one answers 410 so that the device erases itself. */
  async function own(caller: Caller, deviceId: string, db: Executor = store.db): Promise<DeviceRow> {
    const device = await outreachStore.device(db, deviceId);
    if (!device || device.user_id !== caller.subject?.userId) throw Problem.notFound('device');
    if (device.wiped_at) throw new Problem('gone', { resource: 'device' }, [], { wiped: true });
    return device;
  }

  return {
    own,
    issue,

    async enrol(caller: Caller, input: { outreachEventId: string; label: string; references?: number }) {
      const event = await offices.outreachEvent(input.outreachEventId);
      if (!event) throw Problem.field('/outreachEventId', 'outreach-event.unknown');
      if (!inScope(caller, { officeId: event.officeId, districtId: event.districtId })) throw Problem.forbidden('scope');
      const at = clock.now().toISOString();
      const row: DeviceRow = {
        id: ids.uuid(),
        user_id: caller.subject!.userId,
        office_id: event.officeId,
        outreach_event_id: event.id,
        label: input.label,
        unlock_secret: ids.bytes(32).toString('base64url'),
        created_at: at,
        last_seen_at: at,
        wiped_at: null,
        wiped_by: null,
      };
      const references = await store.transaction(async (trx) => {
        await outreachStore.insertDevice(trx, row);
        await audit.record(trx, { actor: caller.actor, action: 'outreach.device.enrol', record: { type: 'outreach-device', id: row.id } });
        return issue(trx, row.id, input.references ?? referenceBlockSize);
      });
      return { device: view(row), unlockSecret: row.unlock_secret, references, maxOfflineHours };
    },

    /** At a later online sign-in on the same device: the secret again (the device keeps only a key it cannot export) and its unused numbers. */
    async unlock(caller: Caller, deviceId: string) {
      const device = await own(caller, deviceId);
      await store.transaction((trx) => outreachStore.seen(trx, deviceId, clock.now().toISOString()));
      return { unlockSecret: device.unlock_secret, references: await outreachStore.unusedReferences(store.db, deviceId), maxOfflineHours };
    },

    /** Asked by a device whenever it is online, even with its session expired: the answer names no one. */
    async status(deviceId: string) {
      const device = await outreachStore.device(store.db, deviceId);
      return { wiped: !device || device.wiped_at !== null, maxOfflineHours };
    },

    list: async () => (await outreachStore.allDevices(store.db)).map(view),

    async wipe(caller: Caller, deviceId: string) {
      const device = await outreachStore.device(store.db, deviceId);
      if (!device) throw Problem.notFound('device');
      const at = clock.now().toISOString();
      await store.transaction(async (trx) => {
        await outreachStore.wipe(trx, deviceId, caller.actor.id, at);
        await audit.record(trx, { actor: caller.actor, action: 'outreach.device.wipe', record: { type: 'outreach-device', id: deviceId } });
      });
      return view((await outreachStore.device(store.db, deviceId))!);
    },

    /** Hashed lookup keys of the people of the device's office (no names, no ids), for duplicate hints offline. */
    async matchKeys(caller: Caller, deviceId: string) {
      const device = await own(caller, deviceId);
      const keys = await matching.storedKeysOf(await registration.views.applicantsOfOffice(device.office_id, hintPeople));
      await audit.recordReads({ actor: caller.actor, action: 'outreach.match-keys', purpose: caller.purpose ?? 'registration', record: { type: 'outreach-device', id: deviceId }, detail: { count: keys.length } });
      return { keys, count: keys.length };
    },
  };
}

export type Devices = ReturnType<typeof createDevices>;
