/**
 * Records turned into columns of small integers (typed arrays), so that a million records fit
 * in memory and a comparison is a handful of integer tests. Strings live once in dictionaries
 * shared by every table built with them, so ids from two tables (link) are comparable.
 */
import { parsePartialDate } from './dates.js';
import { normaliseDocumentNumber } from './document.js';
import { Interner } from './interner.js';
import { nameFeatures } from './name-features.js';
import { NameSimilarity } from './name-similarity.js';
import type { NameKind } from './normalise.js';
import { placeGroup } from './place-groups.js';
import { normalisePlaceName } from './place.js';
import { asTyped } from './text.js';
import type { MatchRecord, ProgressCallback } from './types.js';

export interface Dictionaries {
  typed: Interner;
  skeleton: Interner;
  loose: Interner;
  related: Interner;
  initial: Interner;
  place: Interner;
  phone: Interner;
  document: Interner;
  date: Interner;
  extra: Interner;
  /** per kind: raw name → its interned features, computed once per distinct spelling */
  names: Record<NameKind, Map<string, NameIds | null>>;
  /** raw birth place → interned place key (places repeat as much as names) */
  places: Map<string, number>;
  similarity: NameSimilarity;
}

export function createDictionaries(): Dictionaries {
  const skeleton = new Interner();
  return {
    typed: new Interner(),
    skeleton,
    loose: new Interner(),
    related: new Interner(),
    initial: new Interner(),
    place: new Interner(),
    phone: new Interner(),
    document: new Interner(),
    date: new Interner(),
    extra: new Interner(),
    names: { given: new Map(), family: new Map(), patronymic: new Map() },
    places: new Map(),
    similarity: new NameSimilarity(skeleton),
  };
}

export interface NameColumns {
  typed: Int32Array;
  skeleton: Int32Array;
  loose: Int32Array;
  looseVelar: Int32Array;
  related: Int32Array;
  initial: Int32Array;
  initialOnly: Uint8Array;
  /** how many records of the population have this given-name skeleton (countGivenNames) */
  frequency: Int32Array;
}

export const NAME_FIELDS = ['givenName', 'familyName', 'patronymic'] as const;
export type NameField = (typeof NAME_FIELDS)[number];
const KIND_OF: Record<NameField, NameKind> = { givenName: 'given', familyName: 'family', patronymic: 'patronymic' };

export interface PreparedTable {
  size: number;
  ids: string[];
  names: Record<NameField, NameColumns>;
  /** 0 missing, 1 male, 2 female, 3 other */
  sex: Int8Array;
  /** 0 when missing */
  year: Int16Array;
  month: Int8Array;
  day: Int8Array;
  /** the full date as written, for term frequencies of placeholder dates such as 01-01 */
  date: Int32Array;
  place: Int32Array;
  phone: Int32Array;
  document: Int32Array;
  extras: Map<string, Int32Array>;
  dict: Dictionaries;
}

function nameColumns(size: number): NameColumns {
  return {
    typed: new Int32Array(size).fill(-1),
    skeleton: new Int32Array(size).fill(-1),
    loose: new Int32Array(size).fill(-1),
    looseVelar: new Int32Array(size).fill(-1),
    related: new Int32Array(size).fill(-1),
    initial: new Int32Array(size).fill(-1),
    initialOnly: new Uint8Array(size),
    frequency: new Int32Array(size),
  };
}

/** The features of one spelling as dictionary ids (nameFeatures, interned). */
interface NameIds {
  typed: number;
  skeleton: number;
  loose: number;
  looseVelar: number;
  related: number;
  initial: number;
  initialOnly: number;
}

/** Interned features of a name, or null when it has nothing to compare (no letters). */
function nameIds(value: string, kind: NameKind, dict: Dictionaries): NameIds | null {
  const cache = dict.names[kind];
  let ids = cache.get(value);
  if (ids === undefined) {
    const f = nameFeatures(value, kind);
    ids =
      f.skeleton === '' && !f.initialOnly
        ? null
        : {
            typed: dict.typed.id(f.typed),
            skeleton: dict.skeleton.id(f.skeleton),
            loose: dict.loose.id(f.loose),
            looseVelar: dict.loose.id(f.looseVelar),
            related: dict.related.id(f.related),
            initial: dict.initial.id(f.initial),
            initialOnly: f.initialOnly ? 1 : 0,
          };
    cache.set(value, ids);
  }
  return ids;
}

function fillName(columns: NameColumns, i: number, value: string | undefined, kind: NameKind, dict: Dictionaries): void {
  const ids = value === undefined ? null : nameIds(value, kind, dict);
  if (!ids) return;
  columns.typed[i] = ids.typed;
  columns.skeleton[i] = ids.skeleton;
  columns.loose[i] = ids.loose;
  columns.looseVelar[i] = ids.looseVelar;
  columns.related[i] = ids.related;
  columns.initial[i] = ids.initial;
  columns.initialOnly[i] = ids.initialOnly;
}

function placeId(place: string, dict: Dictionaries): number {
  let id = dict.places.get(place);
  if (id === undefined) {
    id = dict.place.id(placeKey(place));
    dict.places.set(place, id);
  }
  return id;
}

const SEX_CODE = { male: 1, female: 2, other: 3 } as const;
const digitsOnly = (phone: string): string => phone.replace(/\D/gu, '');
/**
 * A gazetteer id (it has a digit, or is an ISO 3166-2-like code such as AZ-XA) is kept as it is;
 * text goes through the place key, and a name of a known place group becomes that group
 * (Stepanakert and Xankəndi are one place).
 */
export const PLACE_ID_PREFIX = 'id:';
const PLACE_ID = /\d|^[A-Z]{2,3}(-[A-Z0-9]+)+$/u;
function placeKey(place: string): string {
  const trimmed = place.trim();
  if (PLACE_ID.test(trimmed)) return PLACE_ID_PREFIX + trimmed;
  const group = placeGroup(trimmed);
  return group ? PLACE_ID_PREFIX + group : normalisePlaceName(trimmed) || asTyped(trimmed);
}

function extraNames(records: readonly MatchRecord[]): string[] {
  const names = new Set<string>();
  for (const record of records) for (const name of Object.keys(record.extra ?? {})) names.add(name);
  return [...names].sort();
}

export function prepareTable(
  records: readonly MatchRecord[],
  dict: Dictionaries = createDictionaries(),
  onProgress?: ProgressCallback,
): PreparedTable {
  const size = records.length;
  const extras = new Map(extraNames(records).map((name) => [name, new Int32Array(size).fill(-1)]));
  const table: PreparedTable = {
    size,
    ids: records.map((r) => r.id),
    names: { givenName: nameColumns(size), familyName: nameColumns(size), patronymic: nameColumns(size) },
    sex: new Int8Array(size),
    year: new Int16Array(size),
    month: new Int8Array(size),
    day: new Int8Array(size),
    date: new Int32Array(size).fill(-1),
    place: new Int32Array(size).fill(-1),
    phone: new Int32Array(size).fill(-1),
    document: new Int32Array(size).fill(-1),
    extras,
    dict,
  };
  for (let i = 0; i < size; i++) {
    const r = records[i] as MatchRecord;
    for (const field of NAME_FIELDS) fillName(table.names[field], i, r[field], KIND_OF[field], dict);
    table.sex[i] = r.sex ? SEX_CODE[r.sex] : 0;
    const date = parsePartialDate(r.birthDate);
    if (date) {
      table.year[i] = date.year;
      table.month[i] = date.month;
      table.day[i] = date.day;
      table.date[i] = dict.date.id(r.birthDate?.trim());
    }
    if (r.birthPlace) table.place[i] = placeId(r.birthPlace, dict);
    if (r.phone) table.phone[i] = dict.phone.id(digitsOnly(r.phone));
    if (r.documentNumber) table.document[i] = dict.document.id(normaliseDocumentNumber(r.documentNumber));
    for (const [name, column] of extras) column[i] = dict.extra.id(asTyped(r.extra?.[name] ?? ''));
    if (onProgress && (i % 50_000 === 0 || i === size - 1)) onProgress({ phase: 'prepare', done: i + 1, total: size });
  }
  return table;
}

/**
 * Records how often each given-name skeleton occurs in the population, from the frequency table
 * when there is one, else from the tables themselves. compare.ts uses it to tell two names from a
 * name and its typo.
 */
export function countGivenNames(tables: readonly PreparedTable[], counts?: Readonly<Record<string, number>>): void {
  const countOf = new Map<string, number>(counts ? Object.entries(counts) : []);
  if (!counts) {
    for (const t of tables) {
      for (const id of t.names.givenName.skeleton) {
        if (id < 0) continue;
        const skeleton = t.dict.skeleton.value(id);
        countOf.set(skeleton, (countOf.get(skeleton) ?? 0) + 1);
      }
    }
  }
  for (const t of tables) {
    const { skeleton, frequency } = t.names.givenName;
    for (let i = 0; i < t.size; i++) {
      const id = skeleton[i] ?? -1;
      frequency[i] = id >= 0 ? (countOf.get(t.dict.skeleton.value(id)) ?? 0) : 0;
    }
  }
}
