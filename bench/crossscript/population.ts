/**
 * A synthetic population of households in the Armenian naming tradition: parents, children
 * (sometimes twins), a grandfather living with the family and a first son named after him,
 * wives taking the husband's surname, shared household phones. These are the relatives that a
 * matcher must not merge. Names follow a skewed (Zipf-like) frequency, so namesakes occur.
 */
import { FEMALE_NAMES, type GivenName, MALE_NAMES, type Place, PLACES, SURNAMES, type Surname } from './names.js';

export type Role = 'grandfather' | 'father' | 'mother' | 'child';

export interface BirthDate {
  year: number;
  month: number;
  day: number;
}

export interface Person {
  personId: string;
  householdId: string;
  role: Role;
  male: boolean;
  given: GivenName;
  father: GivenName;
  surname: Surname;
  birth: BirthDate;
  place: Place;
  phone?: string;
  document?: string;
  twinOf?: string;
}

/** Picks index i with weight 1 / (i + 2): a few very common names, a long tail of rare ones. */
function zipf<T>(items: readonly T[], random: () => number): T {
  const total = items.reduce((sum, _, i) => sum + 1 / (i + 2), 0);
  let r = random() * total;
  for (let i = 0; i < items.length; i++) {
    r -= 1 / (i + 2);
    if (r <= 0) return items[i] as T;
  }
  return items[items.length - 1] as T;
}

const pick = <T>(items: readonly T[], random: () => number): T => items[Math.floor(random() * items.length)] as T;
const between = (lo: number, hi: number, random: () => number): number => lo + Math.floor(random() * (hi - lo + 1));

function birthIn(year: number, random: () => number): BirthDate {
  return { year, month: between(1, 12, random), day: between(1, 28, random) };
}

const digits = (n: number, random: () => number): string => Array.from({ length: n }, () => between(0, 9, random)).join('');

function document(random: () => number, elderly: boolean): string | undefined {
  if (random() < 0.3) return undefined;
  if (elderly && random() < 0.3) return `${pick(['XIV', 'VII', 'IX', 'XII'], random)}-${pick(['АЖ', 'ЛГ', 'МН', 'ТВ'], random)} ${digits(6, random)}`;
  return `${pick(['AR', 'AN', 'AM', 'AA'], random)}${digits(7, random)}`;
}

const phone = (random: () => number): string => `${random() < 0.7 ? '+37497' : '+99450'}${digits(6, random)}`;

export function generateHousehold(index: number, random: () => number): Person[] {
  const householdId = `H${index}`;
  const surname = zipf(SURNAMES, random);
  const place = zipf(PLACES, random);
  const homePhone = phone(random);
  const grandfatherName = zipf(MALE_NAMES, random);
  const fatherYear = between(1940, 1990, random);
  let n = 0;
  const person = (role: Role, male: boolean, given: GivenName, father: GivenName, birth: BirthDate, extra: Partial<Person> = {}): Person => ({
    personId: `${householdId}-P${n++}`,
    householdId,
    role,
    male,
    given,
    father,
    surname,
    birth,
    place,
    phone: role === 'child' || random() < 0.4 ? homePhone : phone(random),
    ...(role === 'child' && birth.year > 2010 ? {} : { document: document(random, birth.year < 1960) }),
    ...extra,
  });
  // parents do not give two children one name; only the grandfather's name comes back, on purpose
  const used = new Set<GivenName>([grandfatherName]);
  const freshName = (male: boolean): GivenName => {
    let name = zipf(male ? MALE_NAMES : FEMALE_NAMES, random);
    while (used.has(name)) name = pick(male ? MALE_NAMES : FEMALE_NAMES, random);
    used.add(name);
    return name;
  };
  const dad = person('father', true, freshName(true), grandfatherName, birthIn(fatherYear, random));
  const members = [dad];
  if (random() < 0.3) {
    members.push(person('grandfather', true, grandfatherName, zipf(MALE_NAMES, random), birthIn(fatherYear - between(20, 35, random), random)));
  }
  const mumSurname = random() < 0.1 ? zipf(SURNAMES, random) : surname;
  members.push(
    person('mother', false, freshName(false), zipf(MALE_NAMES, random), birthIn(fatherYear + between(-3, 8, random), random), {
      surname: mumSurname,
      place: zipf(PLACES, random),
    }),
  );
  const children = between(0, 4, random);
  for (let c = 0; c < children; c++) {
    const male = random() < 0.5;
    const namedAfterGrandfather = male && c === 0 && random() < 0.5;
    const given = namedAfterGrandfather ? grandfatherName : freshName(male);
    const child = person('child', male, given, dad.given, birthIn(fatherYear + between(20, 40, random), random));
    members.push(child);
    if (random() < 0.08) {
      const twinMale = random() < 0.5;
      members.push(person('child', twinMale, freshName(twinMale), dad.given, { ...child.birth }, { twinOf: child.personId }));
    }
  }
  return members;
}

/** How two different people are related, for reading false positives. */
export function relationship(p: Person, q: Person): string {
  if (p.householdId === q.householdId) {
    if (p.twinOf === q.personId || q.twinOf === p.personId) return 'twins';
    if (p.given === q.given) return 'same name, other generation';
    if ((p.role === 'father' && q.role === 'mother') || (p.role === 'mother' && q.role === 'father')) return 'spouses';
    if (p.role === 'child' && q.role === 'child') return 'siblings';
    return 'parent and child';
  }
  if (p.given === q.given && p.surname === q.surname) return 'namesakes';
  return p.surname === q.surname ? 'same surname' : 'unrelated';
}
