/**
 * Field comparators: each turns a pair of prepared records into an agreement level (an index into
 * its `levels`, best first) or -1 when either side is missing, which contributes no evidence.
 */
import { compareDates, DATE_LEVELS } from './dates.js';
import { NAME_FIELDS, type NameColumns, type NameField, PLACE_ID_PREFIX, type PreparedTable } from './prepare.js';
import type { NameSimilarity } from './name-similarity.js';
import { jaroWinkler, withinOneEdit } from './strings.js';

export interface FieldComparator {
  /** 'givenName', 'birthDate', … or 'extra:<name>' */
  field: string;
  levels: readonly string[];
  compare(a: PreparedTable, i: number, b: PreparedTable, j: number): number;
  /** Levels whose weight is adjusted by how common the value is (term frequency). */
  tfLevels: readonly number[];
  /** The value whose frequency is used, as an id in the table's dictionary, or -1. */
  tfValue?(t: PreparedTable, i: number): number;
  /** The text of such an id, which is how frequency tables are keyed. */
  tfText?(t: PreparedTable, id: number): string;
  /** For explanations: the field of the second record this one was compared with, if not itself. */
  comparedWith?(a: PreparedTable, i: number, b: PreparedTable, j: number): string;
}

/**
 * exact: the same as typed; skeleton: the same after transliteration; close: same loose key,
 * Jaro-Winkler ≥ 0.92 on the skeletons or one keying error apart (a typo, a vowel drop;
 * Jaro-Winkler alone misses an error in a short name such as Kia/Kai or Akop/Ашоп); related:
 * equivalent given names (Hakob/Яков) or the same surname stem (Акопов/Akopyan); initial: one side
 * is only an initial.
 * Two established given names that merely look alike (Armen / Arman) disagree: twins are given
 * such pairs of names, while a typo makes a spelling that is rare next to the name it spoils.
 */
export const NAME_LEVELS = ['exact', 'skeleton', 'close', 'related', 'initial', 'disagree'] as const;
export const NAME_LEVEL = { exact: 0, skeleton: 1, close: 2, related: 3, initial: 4, disagree: 5 } as const;

const sameKnown = (x: number, y: number): boolean => x >= 0 && x === y;

/**
 * Both spellings are names in their own right: each is borne by at least five records, and the
 * rarer by at least one in twenty of the commoner. A typo of Акоп (Аоп) may recur a few times in
 * a large population but stays far rarer than Акоп; Armen and Arman are both common.
 */
export const ESTABLISHED_NAME_COUNT = 5;
export const ESTABLISHED_NAME_RATIO = 0.05;

function twoEstablishedNames(countA: number, countB: number): boolean {
  const rarer = Math.min(countA, countB);
  return rarer >= ESTABLISHED_NAME_COUNT && rarer >= ESTABLISHED_NAME_RATIO * Math.max(countA, countB);
}

export function compareNameColumns(a: NameColumns, i: number, b: NameColumns, j: number, similarity: NameSimilarity): number {
  if (a.typed[i] === -1 || b.typed[j] === -1) return -1;
  if (a.typed[i] === b.typed[j]) return NAME_LEVEL.exact;
  if (a.initialOnly[i] === 1 || b.initialOnly[j] === 1) {
    return sameKnown(a.initial[i] ?? -1, b.initial[j] ?? -1) ? NAME_LEVEL.initial : NAME_LEVEL.disagree;
  }
  const skeletonA = a.skeleton[i] ?? -1;
  const skeletonB = b.skeleton[j] ?? -1;
  if (sameKnown(skeletonA, skeletonB)) return NAME_LEVEL.skeleton;
  if (sameKnown(a.loose[i] ?? -1, b.loose[j] ?? -1) || sameKnown(a.looseVelar[i] ?? -1, b.looseVelar[j] ?? -1)) {
    return NAME_LEVEL.close;
  }
  if (similarity.looksAlike(skeletonA, skeletonB) && !twoEstablishedNames(a.frequency[i] ?? 0, b.frequency[j] ?? 0)) return NAME_LEVEL.close;
  return sameKnown(a.related[i] ?? -1, b.related[j] ?? -1) ? NAME_LEVEL.related : NAME_LEVEL.disagree;
}

/**
 * Given and family name written in each other's place (Russian documents put the surname first:
 * "Петросян Арам" typed into the given-name box). When neither field agrees directly but a crossed
 * pair does, the crossed alignment counts. If only one crossed pair agrees it is taken as the
 * surname, and the other as the given name: a swapped record of a twin or sibling then shows what
 * relatives show — one surname, two given names — and the guards can see it.
 */
const agrees = (level: number): boolean => level >= 0 && level <= NAME_LEVEL.related;

function crossedLevel(field: NameField, a: PreparedTable, i: number, b: PreparedTable, j: number): number {
  const other: NameField = field === 'givenName' ? 'familyName' : 'givenName';
  if (agrees(compareNameColumns(a.names[other], i, b.names[other], j, a.dict.similarity))) return -1;
  const givenOfA = compareNameColumns(a.names.givenName, i, b.names.familyName, j, a.dict.similarity);
  const familyOfA = compareNameColumns(a.names.familyName, i, b.names.givenName, j, a.dict.similarity);
  if (givenOfA < 0 || familyOfA < 0 || !(agrees(givenOfA) || agrees(familyOfA))) return -1;
  if (agrees(givenOfA) && agrees(familyOfA)) return field === 'givenName' ? givenOfA : familyOfA;
  return field === 'familyName' ? Math.min(givenOfA, familyOfA) : Math.max(givenOfA, familyOfA);
}

function nameComparator(field: NameField): FieldComparator {
  const swappable = field !== 'patronymic';
  const direct = (a: PreparedTable, i: number, b: PreparedTable, j: number): number =>
    compareNameColumns(a.names[field], i, b.names[field], j, a.dict.similarity);
  /** The crossed level when the crossed alignment applies, else -1. */
  const crossed = (a: PreparedTable, i: number, b: PreparedTable, j: number, level: number): number =>
    swappable && !agrees(level) ? crossedLevel(field, a, i, b, j) : -1;
  return {
    field,
    levels: NAME_LEVELS,
    compare: (a, i, b, j) => {
      const level = direct(a, i, b, j);
      const swapped = crossed(a, i, b, j, level);
      return swapped >= 0 ? swapped : level;
    },
    comparedWith: (a, i, b, j) => {
      const swapped = crossed(a, i, b, j, direct(a, i, b, j));
      return swapped < 0 ? field : field === 'givenName' ? 'familyName' : 'givenName';
    },
    tfLevels: [NAME_LEVEL.exact, NAME_LEVEL.skeleton],
    tfValue: (t, i) => t.names[field].skeleton[i] ?? -1,
    tfText: (t, id) => t.dict.skeleton.value(id),
  };
}

const sexComparator: FieldComparator = {
  field: 'sex',
  levels: ['agree', 'disagree'],
  compare: (a, i, b, j) => {
    const x = a.sex[i] ?? 0;
    const y = b.sex[j] ?? 0;
    if (x === 0 || y === 0) return -1;
    return x === y ? 0 : 1;
  },
  tfLevels: [],
};

const dateComparator: FieldComparator = {
  field: 'birthDate',
  levels: DATE_LEVELS,
  compare: (a, i, b, j) => {
    const y1 = a.year[i] ?? 0;
    const y2 = b.year[j] ?? 0;
    if (y1 === 0 || y2 === 0) return -1;
    return compareDates(y1, a.month[i] ?? 0, a.day[i] ?? 0, y2, b.month[j] ?? 0, b.day[j] ?? 0);
  },
  tfLevels: [0],
  tfValue: (t, i) => t.date[i] ?? -1,
  tfText: (t, id) => t.dict.date.value(id),
};

type Column = (t: PreparedTable) => Int32Array | undefined;

/**
 * exact / close / disagree on an interned string column. `isClose` decides the middle level from
 * the two strings (a typo in a phone number, a misspelt suburb).
 */
function stringComparator(
  field: string,
  column: Column,
  valueOf: (t: PreparedTable, id: number) => string,
  isClose: (x: string, y: string) => boolean,
  withTf: boolean,
): FieldComparator {
  return {
    field,
    levels: ['exact', 'close', 'disagree'],
    compare: (a, i, b, j) => {
      const x = column(a)?.[i] ?? -1;
      const y = column(b)?.[j] ?? -1;
      if (x === -1 || y === -1) return -1;
      if (x === y) return 0;
      return isClose(valueOf(a, x), valueOf(b, y)) ? 1 : 2;
    },
    tfLevels: withTf ? [0] : [],
    ...(withTf ? { tfValue: (t: PreparedTable, i: number) => column(t)?.[i] ?? -1, tfText: valueOf } : {}),
  };
}

const placesClose = (x: string, y: string): boolean =>
  !x.startsWith(PLACE_ID_PREFIX) && !y.startsWith(PLACE_ID_PREFIX) && jaroWinkler(x, y) >= 0.9;
/** Single-character edits only count on values long enough for an edit to be a typo. */
const textClose = (x: string, y: string): boolean =>
  jaroWinkler(x, y) >= 0.9 || (Math.min(x.length, y.length) >= 4 && withinOneEdit(x, y));

/** The comparators for a pair of tables: fixed person fields, then every extra both tables have. */
export function comparatorsFor(a: PreparedTable, b: PreparedTable): FieldComparator[] {
  const extras = [...a.extras.keys()].filter((name) => b.extras.has(name));
  return [
    ...NAME_FIELDS.map(nameComparator),
    sexComparator,
    dateComparator,
    stringComparator('birthPlace', (t) => t.place, (t, id) => t.dict.place.value(id), placesClose, true),
    stringComparator('phone', (t) => t.phone, (t, id) => t.dict.phone.value(id), withinOneEdit, true),
    stringComparator('documentNumber', (t) => t.document, (t, id) => t.dict.document.value(id), withinOneEdit, false),
    ...extras.map((name) =>
      stringComparator(`extra:${name}`, (t) => t.extras.get(name), (t, id) => t.dict.extra.value(id), textClose, true),
    ),
  ];
}
