import { systemActor } from '../../src/platform/actor.js';
import type { TestApp } from './harness.js';

/** The Khankendi reception office and an outreach reception in Çartar, as a supervisor sets them up. */
export async function seedSites(t: TestApp) {
  const { offices } = t.runtime.services;
  const khankendi = await offices.createOffice(systemActor, {
    code: 'KHK',
    kind: 'reception',
    placeId: 'S001',
    names: { az: 'Xankəndi qəbul ofisi', hy: 'Ստեփանակերտի ընդունարան', ru: 'Приёмная в Ханкенди', en: 'Khankendi reception office' },
  });
  const shusha = await offices.createOffice(systemActor, {
    code: 'SHU',
    kind: 'reception',
    placeId: 'S003',
    names: { az: 'Şuşa qəbul ofisi', hy: 'Շուշիի ընդունարան', ru: 'Приёмная в Шуше', en: 'Shusha reception office' },
  });
  const outreach = await offices.createOutreachEvent(systemActor, {
    code: 'OUT-CHARTAR-1',
    officeId: khankendi.id,
    placeId: 'S001',
    startsOn: '2026-01-10',
    endsOn: '2026-12-31',
  });
  return { khankendi, shusha, outreach };
}

/** A walk-in applicant as a registrar would type them: Armenian script, a phone, a passport. */
export function applicant(overrides: Record<string, unknown> = {}) {
  return {
    givenName: 'Արամ',
    patronymic: 'Գագիկի',
    familyName: 'Հովհաննիսյան',
    sex: 'male',
    birthDate: '1961-03-14',
    birthPlace: { placeId: 'S001' },
    residence: { placeId: 'S001' },
    phones: ['+374 97 123456'],
    documents: [{ type: 'am-passport', number: 'AR1452415' }],
    language: 'hy',
    ...overrides,
  };
}

export function receptionApplication(officeId: string, overrides: Record<string, unknown> = {}) {
  return {
    channel: 'reception',
    officeId,
    applicant: applicant(),
    declarations: { wishesToReside: true, wishesCitizenship: true },
    informationNotice: { version: '2026-01', language: 'hy', mode: 'spoken' },
    ...overrides,
  };
}
