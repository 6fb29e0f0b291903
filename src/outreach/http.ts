import { callerOf } from '../access/guard.js';
import { problemDocument } from '../http/problem-response.js';
import { route, type RouteSpec } from '../http/route.js';
import { fieldErrorsFrom } from '../http/zod-errors.js';
import type { Locale } from '../platform/i18n/locale.js';
import { Problem } from '../platform/problem.js';
import {
  ConflictCount,
  ConflictIdParams,
  ConflictList,
  ConflictQuery,
  ConflictResolution,
  ConflictView,
  DeviceEnrolment,
  DeviceIdParams,
  DeviceRegistration,
  DeviceStatus,
  DeviceUnlock,
  DeviceView,
  EditData,
  MatchKeys,
  PersonForVisit,
  ReferenceParams,
  RegisterData,
  SyncAnswer,
  SyncRequest,
} from './schemas.js';
import type { Outreach } from './service.js';
import type { IncomingChange } from './sync.js';

const tags = ['outreach'];
const worker = { permission: 'outreach.sync', purpose: 'registration' } as const;

/** Checks each outbox item against its kind's schema; a bad one becomes that item's answer, pointing into the batch. */
function readChanges(body: SyncRequest): IncomingChange[] {
  return body.changes.map((c, i) => {
    const parsed = (c.kind === 'register' ? RegisterData : EditData).safeParse(c.data, { reportInput: true });
    if (parsed.success) return { changeId: c.changeId, kind: c.kind, data: parsed.data } as IncomingChange;
    const errors = fieldErrorsFrom(parsed.error, 'body').map((e) => ({ ...e, pointer: `/changes/${i}/data${e.pointer}` }));
    return { changeId: c.changeId, kind: c.kind, problem: Problem.validation(errors) };
  });
}

export function outreachRoutes(outreach: Outreach): RouteSpec[] {
  const { devices, sync, conflicts, visits } = outreach;
  const render = (locale: Locale) => (p: Problem) => problemDocument(p, locale, '/api/outreach/sync');
  return [
    route({
      method: 'POST',
      url: '/api/outreach/devices',
      summary: 'Enrol this device for the signed-in outreach worker: the secret its local key comes from, and its block of reference numbers',
      tags,
      access: worker,
      body: DeviceRegistration,
      responses: { 201: DeviceEnrolment },
      async handler({ body, req, reply }) {
        reply.code(201);
        return devices.enrol(callerOf(req), body);
      },
    }),
    route({
      method: 'POST',
      url: '/api/outreach/devices/:id/unlock',
      summary: 'At an online sign-in on an enrolled device: its secret again and its unused reference numbers (410 once wiped)',
      tags,
      access: worker,
      params: DeviceIdParams,
      responses: { 200: DeviceUnlock },
      handler: ({ params, req }) => devices.unlock(callerOf(req), params.id),
    }),
    route({
      method: 'GET',
      url: '/api/outreach/devices/:id/status',
      summary: 'Whether a device was wiped; asked at every contact, even without a session, and names no one',
      tags: ['outreach', 'public'],
      access: 'public',
      params: DeviceIdParams,
      responses: { 200: DeviceStatus },
      handler: ({ params }) => devices.status(params.id),
    }),
    route({
      method: 'GET',
      url: '/api/outreach/devices/:id/match-keys',
      summary: 'Hashed lookup keys (not names) of the people of the device’s office, for duplicate hints offline',
      tags,
      access: worker,
      params: DeviceIdParams,
      responses: { 200: MatchKeys },
      handler: ({ params, req }) => devices.matchKeys(callerOf(req), params.id),
    }),
    route({
      method: 'GET',
      url: '/api/outreach/devices/:id/people/:reference',
      summary: 'Take a person of the office onto the device, by their application’s reference, to correct details offline',
      tags,
      access: worker,
      params: DeviceIdParams.extend(ReferenceParams.shape),
      responses: { 200: PersonForVisit },
      handler: ({ params, req }) => visits.person(callerOf(req), params.id, params.reference),
    }),
    route({
      method: 'POST',
      url: '/api/outreach/sync',
      summary: 'Send a batch of a device’s outbox, in order; each change is applied once and answered accepted or rejected with its reason',
      tags,
      access: worker,
      body: SyncRequest,
      responses: { 200: SyncAnswer },
      handler: ({ body, req, locale }) => sync.sync(callerOf(req), body.deviceId, readChanges(body), render(locale)),
    }),
    route({
      method: 'GET',
      url: '/api/outreach/devices',
      summary: 'Every enrolled device, for wiping a lost one',
      tags,
      access: { permission: 'outreach.device.wipe' },
      responses: { 200: DeviceView.array() },
      handler: () => devices.list(),
    }),
    route({
      method: 'POST',
      url: '/api/outreach/devices/:id/wipe',
      summary: 'Wipe a device: it is refused from now on and erases its data at its next contact',
      tags,
      access: { permission: 'outreach.device.wipe' },
      params: DeviceIdParams,
      responses: { 200: DeviceView },
      handler: ({ params, req }) => devices.wipe(callerOf(req), params.id),
    }),
    route({
      method: 'GET',
      url: '/api/outreach/conflicts',
      summary: 'The conflict inbox: the same field changed on two devices, both values and authors',
      tags,
      access: { permission: 'outreach.conflict.resolve', purpose: 'supervision' },
      query: ConflictQuery,
      responses: { 200: ConflictList },
      handler: ({ query, req }) => conflicts.list(callerOf(req), query.state),
    }),
    route({
      method: 'GET',
      url: '/api/outreach/conflicts/count',
      summary: 'How many conflicts wait to be resolved (no personal data)',
      tags,
      access: { permission: 'outreach.conflict.resolve' },
      responses: { 200: ConflictCount },
      handler: () => conflicts.count(),
    }),
    route({
      method: 'POST',
      url: '/api/outreach/conflicts/:id/resolve',
      summary: 'Resolve a conflict by choosing the current or the proposed value',
      tags,
      access: { permission: 'outreach.conflict.resolve', purpose: 'supervision' },
      params: ConflictIdParams,
      body: ConflictResolution,
      responses: { 200: ConflictView },
      handler: ({ params, body, req }) => conflicts.resolve(callerOf(req), params.id, body.choose),
    }),
  ];
}
