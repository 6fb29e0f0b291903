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

/** Value of one part for record i as a short string, or undefined when the field is missing. */
export type PartReader = (t: PreparedTable, i: number) => string | undefined;

const known = (id: number | undefined, tag = ''): string | undefined => (id === undefined || id < 0 ? undefined : tag + id);

function namePart(field: NameField, part: NamePart): PartReader {
  const pick = (t: PreparedTable) => t.names[field];
  switch (part) {
    case 'skeleton':
      return (t, i) => known(pick(t).skeleton[i]);
    // a short name has no loose key; its skeleton stands in, so the rule still applies
    case 'loose':
      return (t, i) => known(pick(t).loose[i], 'l') ?? known(pick(t).skeleton[i], 's');
    case 'related':
      return (t, i) => known(pick(t).related[i]);
    case 'initial':
      return (t, i) => known(pick(t).initial[i]);
  }
}

/** Given name and surname as an unordered pair, so that swapped names meet. */
const nameSet: PartReader = (t, i) => {
  const given = namePart('givenName', 'loose')(t, i);
  const family = namePart('familyName', 'loose')(t, i);
  if (given === undefined || family === undefined) return undefined;
  return given < family ? `${given}+${family}` : `${family}+${given}`;
};

export function partReader(key: BlockingKey): PartReader {
  if (key === 'nameSet') return nameSet;
  if (key.startsWith('extra:')) {
    const name = key.slice('extra:'.length);
    return (t, i) => known(t.extras.get(name)?.[i]);
  }
  const [field, part] = key.split('.') as [string, string | undefined];
  if (part !== undefined) return namePart(field as NameField, part as NamePart);
  switch (key) {
    case 'birthDate':
      return (t, i) => ((t.day[i] ?? 0) > 0 ? `${t.year[i]}-${t.month[i]}-${t.day[i]}` : undefined);
    case 'birthYear':
      return (t, i) => ((t.year[i] ?? 0) > 0 ? String(t.year[i]) : undefined);
    case 'birthMonthDay':
      return (t, i) => ((t.day[i] ?? 0) > 0 ? `${t.month[i]}-${t.day[i]}` : undefined);
    case 'sex':
      return (t, i) => ((t.sex[i] ?? 0) > 0 ? String(t.sex[i]) : undefined);
    case 'birthPlace':
      return (t, i) => known(t.place[i]);
    case 'phone':
      return (t, i) => known(t.phone[i]);
    case 'documentNumber':
      return (t, i) => known(t.document[i]);
    default:
      throw new Error(`unknown blocking key ${key}`);
  }
}
