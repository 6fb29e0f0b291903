/**
 * Blocking keys: the parts a blocking rule is made of, each read from a prepared record. A rule
 * is a list of parts; two records are candidates under the rule when every part is present and
 * equal. Rules are plain data so that a store or a CLI can configure them.
 */
import type { NameField, PreparedTable } from './prepare.js';

type NamePart = 'skeleton' | 'loose' | 'related' | 'initial';

export type BlockingKey =
  | `${NameField}.${NamePart}`
  | 'nameSet'
  | 'birthDate'
  | 'birthYear'
  | 'birthMonthDay'
  | 'sex'
  | 'birthPlace'
  | 'phone'
  | 'documentNumber'
  | `extra:${string}`;

export type BlockingRule = readonly BlockingKey[];

/**
 * Each rule lets one group of fields be wrong while the others find the pair:
 * - surname + birth year: the given name differs (Hakob/Яков, a typo, a diminutive);
 * - given name + birth date: the surname differs (marriage, Russified -ov, a bad transliteration);
 * - given name and surname in either order ('nameSet'): the birth date is wrong or missing, or
 *   the names were typed into each other's boxes;
 * - document number; phone (a household shares one, so blocks stay small); birth date + place:
 *   the names are all typed differently.
 */
export const DEFAULT_BLOCKING_RULES: readonly BlockingRule[] = [
  ['familyName.loose', 'birthYear'],
  ['givenName.loose', 'birthDate'],
  ['nameSet'],
  ['documentNumber'],
  ['phone'],
  ['birthDate', 'birthPlace'],
];

/** Value of one part for record i as a non-negative integer, or -1 when the field is missing. */
export type PartReader = (t: PreparedTable, i: number) => number;

/** Parts are kept below this, so two of them pack into one exact number (compose, blocking.ts). */
export const PART_SPACE = 2 ** 26;

const orMissing = (id: number | undefined): number => (id === undefined || id < 0 ? -1 : id);

/** A short name has no loose key; its skeleton stands in (odd numbers), so the rule still applies. */
function looseOrSkeleton(field: NameField): PartReader {
  return (t, i) => {
    const columns = t.names[field];
    const loose = columns.loose[i] ?? -1;
    if (loose >= 0) return loose * 2;
    const skeleton = columns.skeleton[i] ?? -1;
    return skeleton >= 0 ? skeleton * 2 + 1 : -1;
  };
}

function namePart(field: NameField, part: NamePart): PartReader {
  switch (part) {
    case 'skeleton':
      return (t, i) => orMissing(t.names[field].skeleton[i]);
    case 'loose':
      return looseOrSkeleton(field);
    case 'related':
      return (t, i) => orMissing(t.names[field].related[i]);
    case 'initial':
      return (t, i) => orMissing(t.names[field].initial[i]);
  }
}

const givenLoose = looseOrSkeleton('givenName');
const familyLoose = looseOrSkeleton('familyName');

/** Given name and surname as an unordered pair, so that swapped names meet. */
const nameSet: PartReader = (t, i) => {
  const given = givenLoose(t, i);
  const family = familyLoose(t, i);
  if (given < 0 || family < 0) return -1;
  return Math.min(given, family) * PART_SPACE + Math.max(given, family);
};

/** Days since 1800 in a 372-day year: exact for equality, small enough to pack. */
const dayNumber = (y: number, m: number, d: number): number => (y - 1800) * 372 + (m - 1) * 31 + (d - 1);

export function partReader(key: BlockingKey): PartReader {
  if (key === 'nameSet') return nameSet;
  if (key.startsWith('extra:')) {
    const name = key.slice('extra:'.length);
    return (t, i) => orMissing(t.extras.get(name)?.[i]);
  }
  const [field, part] = key.split('.') as [string, string | undefined];
  if (part !== undefined) return namePart(field as NameField, part as NamePart);
  switch (key) {
    case 'birthDate':
      return (t, i) => ((t.day[i] ?? 0) > 0 && (t.year[i] ?? 0) >= 1800 ? dayNumber(t.year[i]!, t.month[i]!, t.day[i]!) : -1);
    case 'birthYear':
      return (t, i) => ((t.year[i] ?? 0) > 0 ? (t.year[i] as number) : -1);
    case 'birthMonthDay':
      return (t, i) => ((t.day[i] ?? 0) > 0 ? (t.month[i] as number) * 32 + (t.day[i] as number) : -1);
    case 'sex':
      return (t, i) => ((t.sex[i] ?? 0) > 0 ? (t.sex[i] as number) : -1);
    case 'birthPlace':
      return (t, i) => orMissing(t.place[i]);
    case 'phone':
      return (t, i) => orMissing(t.phone[i]);
    case 'documentNumber':
      return (t, i) => orMissing(t.document[i]);
    default:
      throw new Error(`unknown blocking key ${key}`);
  }
}
