import type { Role } from '../access/core/policy.js';
import { systemActor } from '../platform/actor.js';
import type { Services } from '../services.js';

const offices = [
  { code: 'KHK', placeId: 'S001', names: { az: 'Xankəndi qəbul ofisi', hy: 'Ստեփանակերտի ընդունարան', ru: 'Приёмная в Ханкенди', en: 'Khankendi reception office' } },
  { code: 'SHU', placeId: 'S003', names: { az: 'Şuşa qəbul ofisi', hy: 'Շուշիի ընդունարան', ru: 'Приёмная в Шуше', en: 'Shusha reception office' } },
  { code: 'KHJ', placeId: 'S002', names: { az: 'Xocalı qəbul ofisi', hy: 'Խոջալուի ընդունարան', ru: 'Приёмная в Ходжалы', en: 'Khojaly reception office' } },
  { code: 'AGD', placeId: 'S004', names: { az: 'Ağdərə qəbul ofisi', hy: 'Մարտակերտի ընդունարան', ru: 'Приёмная в Агдере', en: 'Aghdara reception office' } },
];

/** Villages where outreach receptions are held, and the office whose team goes there. */
const outreach = [
  { placeId: 'S020', office: 'KHK' },
  { placeId: 'S025', office: 'KHK' },
  { placeId: 'S028', office: 'KHJ' },
  { placeId: 'S032', office: 'SHU' },
  { placeId: 'S033', office: 'AGD' },
  { placeId: 'S038', office: 'AGD' },
];

export interface DemoStaffMember {
  username: string;
  roles: Role[];
  officeCode: string | null;
}

export const demoStaff: DemoStaffMember[] = [
  ...offices.map((o) => ({ username: `registrar.${o.code.toLowerCase()}`, roles: ['registrar'] as Role[], officeCode: o.code })),
  { username: 'reviewer.demo', roles: ['reviewer'], officeCode: null },
  { username: 'supervisor.demo', roles: ['supervisor'], officeCode: null },
];

/**
 * The offices, outreach receptions and staff the demo data refers to, created if they are not
 * there yet. Returns the one-time secrets of staff accounts created now (to be shown once).
 */
export async function ensureDemoSites(services: Services, today: Date) {
  for (const o of offices) {
    if (!(await services.offices.officeByCode(o.code))) await services.offices.createOffice(systemActor, { ...o, kind: 'reception' });
  }
  const byCode = new Map((await services.offices.listOffices()).map((o) => [o.code, o]));
  const existingEvents = new Set((await services.offices.listOutreachEvents({})).map((e) => e.code));
  const start = new Date(today.getTime() - 150 * 86_400_000).toISOString().slice(0, 10);
  for (const e of outreach) {
    const code = `OUT-${e.placeId}`;
    if (existingEvents.has(code)) continue;
    await services.offices.createOutreachEvent(systemActor, {
      code,
      officeId: byCode.get(e.office)!.id,
      placeId: e.placeId,
      startsOn: start,
      endsOn: today.toISOString().slice(0, 10),
    });
  }
  const existingUsers = new Set((await services.access.listUsers()).map((u) => u.username));
  const secrets: { username: string; secret: string }[] = [];
  for (const s of demoStaff) {
    if (existingUsers.has(s.username)) continue;
    const office = s.officeCode ? byCode.get(s.officeCode)! : null;
    const { oneTimeSecret } = await services.access.createUser(systemActor, {
      username: s.username,
      displayName: s.username,
      roles: s.roles,
      officeId: office?.id ?? null,
      districtId: office?.districtId ?? null,
      language: 'en',
    });
    secrets.push({ username: s.username, secret: oneTimeSecret });
  }
  const users = new Map((await services.access.listUsers()).map((u) => [u.username, u]));
  const events = (await services.offices.listOutreachEvents({})).filter((e) => e.code.startsWith('OUT-'));
  return { offices: [...byCode.values()], events, users, secrets };
}
