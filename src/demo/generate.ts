import type { HouseholdMemberInput, PersonInput } from '../people/schemas.js';
import type { StepType } from '../registration/core/lifecycle.js';
import { azerbaijaniLatin, femaleNames, maleNames, patronymicForms, surnames, type NameForms } from './names.js';

/**
 * Synthetic residents for demonstrations and load tests: households, all three channels, names
 * typed in Armenian, Cyrillic and Latin by whoever took them, partial birth dates, old Karabakh
 * and Azerbaijani phone numbers, a few people registered twice in different scripts. Seeded, so
 * the same seed gives the same people.
 */

export type Script = 'hy' | 'ru' | 'en' | 'az';
export type StaffKey = 'registrar' | 'reviewer';

/** The gazetteer's settlements demo residents are born in (S001–S039). */
export const demoBirthPlaceIds = Array.from({ length: 39 }, (_, i) => `S${String(i + 1).padStart(3, '0')}`);

export interface DemoSites {
  offices: { id: string; placeId: string }[];
  events: { id: string; officeId: string }[];
  birthPlaces: string[];
}

export interface DemoStep {
  type: StepType;
  by: StaffKey;
  daysAfter: number;
  reasonCode?: string;
  comment?: string;
}

export interface DemoApplication {
  channel: 'portal' | 'reception' | 'outreach';
  officeId: string | null;
  outreachEventId: string | null;
  daysAgo: number;
  applicant: PersonInput;
  household: HouseholdMemberInput[];
  noticeLanguage: 'az' | 'hy' | 'ru' | 'en';
  history: DemoStep[];
  /** A second registration of someone already registered: the duplicate the registry must find. */
  repeat: boolean;
}

/** mulberry32: small, fast and good enough for synthetic data. */
export function seededRandom(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(items: readonly T[]): T => items[Math.floor(next() * items.length)]!,
    chance: (p: number) => next() < p,
    /** Picks a key by weight: { a: 3, b: 1 } gives a three times in four. */
    weighted: <K extends string>(weights: Record<K, number>): K => {
      const entries = Object.entries(weights) as [K, number][];
      let r = next() * entries.reduce((s, [, w]) => s + w, 0);
      for (const [k, w] of entries) if ((r -= w) < 0) return k;
      return entries[entries.length - 1]![0];
    },
  };
}
type Random = ReturnType<typeof seededRandom>;

const write = (forms: NameForms, script: Script) => (script === 'az' ? azerbaijaniLatin(forms.ru) : forms[script]);

const scriptsByChannel: Record<DemoApplication['channel'], Record<Script, number>> = {
  portal: { en: 5, hy: 4, ru: 1, az: 0 },
  reception: { hy: 6, ru: 4, en: 0, az: 0 },
  outreach: { ru: 5, az: 3, hy: 2, en: 0 },
};

function birthDate(r: Random, age: number, year: number): string {
  const y = year - age;
  const kind = r.weighted({ full: 92, yearOnly: 5, yearMonth: 3 });
  const m = String(r.int(1, 12)).padStart(2, '0');
  if (kind === 'yearOnly') return String(y);
  if (kind === 'yearMonth') return `${y}-${m}`;
  return `${y}-${m}-${String(r.int(1, 28)).padStart(2, '0')}`;
}

function phone(r: Random): string {
  const kind = r.weighted({ karabakh: 4, armenia: 3, azerbaijan: 3 });
  if (kind === 'karabakh') return `+374 97 ${r.int(100000, 999999)}`;
  if (kind === 'armenia') return `+374 ${r.pick(['77', '91', '93', '94', '95', '98', '99'])} ${r.int(100000, 999999)}`;
  return `0${r.pick(['50', '51', '55', '70', '77'])} ${r.int(100, 999)} ${r.int(10, 99)} ${r.int(10, 99)}`;
}

function documents(r: Random, age: number): PersonInput['documents'] {
  const kind = r.weighted({ am: 50, nk: 20, ussr: age > 50 ? 15 : 0, az: 5, none: 15 });
  const letters = 'ABCEHKMPTX';
  if (kind === 'am') return [{ type: 'am-passport', number: `A${r.pick([...letters])}${r.int(1000000, 9999999)}`, issuer: null }];
  if (kind === 'nk') return [{ type: 'nk-passport', number: `AN ${r.int(100000, 999999)}`, issuer: null }];
  if (kind === 'ussr') return [{ type: 'ussr-passport', number: `${r.pick(['II', 'IV', 'VI', 'XIV'])}-${r.pick(['АЖ', 'ВЛ', 'КБ', 'ЕС'])} № ${r.int(100000, 999999)}`, issuer: null }];
  if (kind === 'az') return [{ type: 'az-id-card', number: `AA${r.int(1000000, 9999999)}`, issuer: null }];
  return [];
}

interface Member {
  given: NameForms;
  female: boolean;
  age: number;
  relationship: HouseholdMemberInput['relationship'] | 'head';
  father: NameForms;
}

function family(r: Random): Member[] {
  const size = Number(r.weighted({ 1: 25, 2: 25, 3: 20, 4: 18, 5: 12 }));
  const headFemale = r.chance(size === 1 ? 0.6 : 0.35);
  const headAge = size === 1 ? r.int(55, 92) : r.int(25, 75);
  const head: Member = { given: r.pick(headFemale ? femaleNames : maleNames), female: headFemale, age: headAge, relationship: 'head', father: r.pick(maleNames) };
  const members = [head];
  const husband = headFemale ? undefined : head;
  if (size >= 2) {
    members.push({ given: r.pick(headFemale ? maleNames : femaleNames), female: !headFemale, age: Math.max(20, headAge + r.int(-6, 6)), relationship: 'spouse', father: r.pick(maleNames) });
  }
  const father = husband?.given ?? members.find((m) => !m.female)?.given ?? r.pick(maleNames);
  while (members.length < size) {
    const female = r.chance(0.5);
    // Naming a first son after his paternal grandfather: same name, same surname, same household.
    const given = !female && members.every((m) => m.relationship !== 'child') && r.chance(0.3) ? head.father : r.pick(female ? femaleNames : maleNames);
    members.push({ given, female, age: Math.max(0, headAge - r.int(20, 35)), relationship: 'child', father });
  }
  return members;
}

function person(r: Random, m: Member, surname: NameForms, script: Script, year: number, isHead: boolean, birthPlaces: string[]): PersonInput {
  const adult = m.age >= 16;
  return {
    givenName: write(m.given, script),
    patronymic: r.chance(0.8) ? write(patronymicForms(m.father, m.female), script) : null,
    familyName: write(surname, script),
    sex: m.female ? 'female' : 'male',
    birthDate: birthDate(r, m.age, year),
    birthPlace: r.chance(0.9) ? { placeId: r.pick(birthPlaces), text: null } : { placeId: null, text: 'Baku' },
    residence: null,
    phones: adult && r.chance(isHead ? 0.8 : 0.3) ? [phone(r)] : [],
    email: null,
    documents: adult ? documents(r, m.age) : [],
    language: script === 'en' ? r.pick(['hy', 'en'] as const) : script === 'az' ? 'ru' : script,
  };
}

function history(r: Random, daysAgo: number): DemoStep[] {
  const steps: DemoStep[] = [];
  const review = (d: number) => steps.push({ type: 'start-review', by: 'reviewer', daysAfter: d });
  if (daysAgo < 2) return steps;
  const path =
    daysAgo < 10
      ? r.weighted({ received: 1, reviewing: 7, asked: 2 })
      : daysAgo < 30
        ? r.weighted({ reviewing: 2, asked: 1, answered: 1.5, approved: 4, rejected: 1, withdrawn: 0.5 })
        : r.weighted({ reviewing: 0.8, asked: 0.5, approved: 1.5, issued: 5.5, rejected: 1.2, withdrawn: 0.5 });
  if (path === 'received') return steps;
  if (path === 'withdrawn') return [{ type: 'withdraw', by: 'registrar', daysAfter: 1, reasonCode: 'applicant-request' }];
  review(1);
  if (path === 'reviewing') return steps;
  if (path === 'asked' || path === 'answered' || r.chance(0.25)) {
    steps.push({ type: 'request-information', by: 'reviewer', daysAfter: 2, comment: 'Please bring your birth certificate or a Soviet passport' });
    if (path === 'asked') return steps;
    steps.push({ type: 'resubmit', by: 'registrar', daysAfter: 5 });
    review(6);
    if (path === 'answered') return steps;
  }
  if (path === 'rejected') {
    steps.push({ type: 'reject', by: 'reviewer', daysAfter: 8, reasonCode: r.pick(['identity-not-established', 'not-eligible', 'duplicate-application']) });
    return steps;
  }
  steps.push({ type: 'approve', by: 'reviewer', daysAfter: 8 });
  if (path === 'issued') steps.push({ type: 'issue-documents', by: 'registrar', daysAfter: Math.min(daysAgo - 1, 20) });
  return steps;
}

/**
 * Applications for about `people` residents, made over the last `days` days before `today`.
 * About 2 % of heads of household apply a second time through another channel, typed in another
 * script: the duplicates a registry must find.
 */
export function* demoApplications(seed: number, people: number, sites: DemoSites, today: Date, days = 120): Generator<DemoApplication> {
  const r = seededRandom(seed);
  const year = today.getUTCFullYear();
  let made = 0;
  while (made < people) {
    const channel = r.weighted({ reception: 45, outreach: 20, portal: 35 });
    const office = r.pick(sites.offices);
    const event = r.pick(sites.events);
    const script = r.weighted(scriptsByChannel[channel]);
    const surname = r.pick(surnames);
    const members = family(r);
    // Made in date order, as a registry fills up over time.
    const daysAgo = Math.floor(days * (1 - made / people));
    const [head, ...rest] = members.map((m, i) => ({ m, p: person(r, m, surname, script, year, i === 0, sites.birthPlaces) }));
    const application: DemoApplication = {
      channel,
      officeId: channel === 'reception' ? office.id : channel === 'outreach' ? event.officeId : null,
      outreachEventId: channel === 'outreach' ? event.id : null,
      daysAgo,
      applicant: head!.p,
      household: rest.map(({ m, p }) => ({ ...p, relationship: m.relationship as HouseholdMemberInput['relationship'] })),
      noticeLanguage: head!.p.language,
      history: history(r, daysAgo),
      repeat: false,
    };
    yield application;
    made += members.length;
    if (r.chance(0.02) && daysAgo > 3) {
      const again = r.weighted({ reception: 1, outreach: 1, portal: 1 });
      const otherScript = r.weighted({ hy: 1, ru: 1, en: 1, az: 1 });
      yield {
        ...application,
        channel: again,
        officeId: again === 'reception' ? office.id : again === 'outreach' ? event.officeId : null,
        outreachEventId: again === 'outreach' ? event.id : null,
        daysAgo: Math.max(0, daysAgo - r.int(1, 3)),
        // The same person typed again elsewhere: same birth date and often the same phone.
        applicant: {
          ...person(r, head!.m, surname, otherScript, year, true, sites.birthPlaces),
          birthDate: head!.p.birthDate,
          phones: r.chance(0.6) ? head!.p.phones : [],
        },
        household: [],
        history: [],
        repeat: true,
      };
      made += 1;
    }
  }
}
