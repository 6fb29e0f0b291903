/**
 * Generator of cross-script duplicate registrations, for the matching benchmark and tests.
 *
 * Every person of a synthetic population (crossscript/population.ts) is registered once through a
 * channel — Armenian script, Russian Cyrillic, a Latin romanisation, Azerbaijani Latin — and some
 * are registered again through another channel with the errors NAMES.md describes: typos, day and
 * month swapped, a one-digit date error, a partial date, missing fields, a new phone, a document
 * number typed differently, given and family names swapped. Spellings come from the generator's
 * own tables and hand-written Russian forms (crossscript/*.ts), never from the matcher.
 * Randomness is a seeded generator, so a seed always gives the same data.
 */
import { seededRandom } from '../src/matching/core/random.js';
import type { MatchRecord } from '../src/matching/core/types.js';
import { type Channel, CHANNEL_SHARE, CHANNELS, renderNames } from './crossscript/channels.js';
import { typo } from './crossscript/forms.js';
import { generateHousehold, type Person } from './crossscript/population.js';
import { pairKey } from './evaluation.js';

export interface GeneratorOptions {
  households: number;
  seed?: number;
  /** share of people registered more than once */
  duplicateRate?: number;
}

export interface RecordMeta {
  personId: string;
  channel: Channel;
  /** variations this registration carries ('typo', 'equivalent name', …) */
  tags: string[];
}

export interface CrossScriptData {
  records: MatchRecord[];
  meta: Map<string, RecordMeta>;
  persons: Map<string, Person>;
}

function pickChannel(random: () => number, avoid?: Channel): Channel {
  for (;;) {
    let r = random();
    for (const channel of CHANNELS) {
      r -= CHANNEL_SHARE[channel];
      if (r <= 0 && channel !== avoid) return channel;
    }
  }
}

const pad = (n: number): string => String(n).padStart(2, '0');
const isoDate = (y: number, m: number, d: number): string => `${y}-${pad(m)}-${pad(d)}`;

function baseRecord(person: Person, id: string, channel: Channel, random: () => number): { record: MatchRecord; tags: string[] } {
  const names = renderNames(person, channel, random);
  const tags = [...names.tags];
  const { year, month, day } = person.birth;
  const record: MatchRecord = {
    id,
    givenName: names.givenName,
    familyName: names.familyName,
    patronymic: names.patronymic,
    sex: person.male ? 'male' : 'female',
    birthDate: isoDate(year, month, day),
    birthPlace: placeAsWritten(person, channel, tags),
    householdId: person.householdId,
    ...(person.phone ? { phone: person.phone } : {}),
    ...(person.document ? { documentNumber: person.document } : {}),
  };
  return { record, tags };
}

/** A place NAMES.md names is written in the channel's language; a village by its gazetteer id. */
function placeAsWritten(person: Person, channel: Channel, tags: string[]): string {
  const names = person.place.names;
  if (!names) return person.place.id;
  tags.push('place as text');
  if (channel.startsWith('armenian')) return names.hy;
  if (channel === 'russian') return names.ru;
  return channel === 'azerbaijani' ? names.az : names.en;
}

/** A date error of the kind NAMES.md's matching rules expect: swapped, one component, partial. */
function varyDate(record: MatchRecord, person: Person, random: () => number, tags: string[]): void {
  const { year, month, day } = person.birth;
  const r = random();
  if (r < 0.07 && day <= 12 && day !== month) {
    record.birthDate = isoDate(year, day, month);
    tags.push('day/month swapped');
  } else if (r < 0.14) {
    const which = Math.floor(random() * 3);
    const shifted = [year + (which === 0 ? (random() < 0.5 ? 1 : -1) : 0), which === 1 ? (month % 12) + 1 : month, which === 2 ? (day % 28) + 1 : day];
    record.birthDate = isoDate(shifted[0]!, shifted[1]!, shifted[2]!);
    tags.push('date typo');
  } else if (r < 0.19) {
    record.birthDate = String(year);
    tags.push('partial date');
  } else if (r < 0.22) {
    delete record.birthDate;
    tags.push('no birth date');
  }
}

const HOMOGLYPH: Record<string, string> = { A: 'А', B: 'В', E: 'Е', K: 'К', M: 'М', H: 'Н', O: 'О', P: 'Р', C: 'С', T: 'Т', X: 'Х' };

function retypeDocument(doc: string, random: () => number): string {
  const r = random();
  if (r < 0.33) return doc.replace(/^([A-Z]{2})(\d{3})(\d+)$/u, '$1 $2 $3');
  if (r < 0.66) return doc.toLowerCase();
  return doc.replace(/^[A-Z]/u, (c) => HOMOGLYPH[c] ?? c);
}

const OPTIONAL_FIELDS = ['patronymic', 'phone', 'birthPlace', 'documentNumber', 'sex'] as const;

function duplicateRecord(person: Person, id: string, base: Channel, random: () => number): { record: MatchRecord; channel: Channel; tags: string[] } {
  const channel = random() < 0.85 ? pickChannel(random, base) : base;
  const { record, tags } = baseRecord(person, id, channel, random);
  if (random() < 0.5) record.householdId = `${person.householdId}-again`;
  if (random() < 0.2) {
    const field = random() < 0.5 ? 'givenName' : 'familyName';
    record[field] = typo(record[field] ?? '', random);
    tags.push('typo');
  }
  if (random() < 0.04) {
    [record.givenName, record.familyName] = [record.familyName, record.givenName];
    tags.push('swapped names');
  }
  varyDate(record, person, random, tags);
  if (random() < 0.2) {
    record.phone = `+37499${String(Math.floor(random() * 1e6)).padStart(6, '0')}`;
    tags.push('new phone');
  }
  if (record.documentNumber && random() < 0.3) {
    record.documentNumber = retypeDocument(record.documentNumber, random);
    tags.push('document retyped');
  }
  if (random() < 0.35) {
    const drop = 1 + Math.floor(random() * 3);
    for (let k = 0; k < drop; k++) delete record[OPTIONAL_FIELDS[Math.floor(random() * OPTIONAL_FIELDS.length)]!];
    tags.push('missing fields');
  }
  return { record, channel, tags };
}

export function generateCrossScript({ households, seed = 7, duplicateRate = 0.25 }: GeneratorOptions): CrossScriptData {
  const random = seededRandom(seed);
  const records: MatchRecord[] = [];
  const meta = new Map<string, RecordMeta>();
  const persons = new Map<string, Person>();
  for (let h = 0; h < households; h++) {
    for (const person of generateHousehold(h, random)) {
      persons.set(person.personId, person);
      const channel = pickChannel(random);
      const base = baseRecord(person, `${person.personId}-R0`, channel, random);
      records.push(base.record);
      meta.set(base.record.id, { personId: person.personId, channel, tags: base.tags });
      const copies = random() < duplicateRate ? (random() < 0.2 ? 2 : 1) : 0;
      for (let c = 1; c <= copies; c++) {
        const dup = duplicateRecord(person, `${person.personId}-R${c}`, channel, random);
        records.push(dup.record);
        meta.set(dup.record.id, { personId: person.personId, channel: dup.channel, tags: dup.tags });
      }
    }
  }
  return { records, meta, persons };
}

/** Pairs of records of one person. */
export function truePairsOf(data: CrossScriptData): Set<string> {
  const byPerson = new Map<string, string[]>();
  for (const [id, { personId }] of data.meta) byPerson.set(personId, [...(byPerson.get(personId) ?? []), id]);
  const truth = new Set<string>();
  for (const ids of byPerson.values()) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) truth.add(pairKey(ids[i]!, ids[j]!));
  }
  return truth;
}

/** The variation classes a true pair exercises: both records' tags and their channels. */
export function pairTags(data: CrossScriptData, a: string, b: string): string[] {
  const ma = data.meta.get(a);
  const mb = data.meta.get(b);
  if (!ma || !mb) return [];
  const channels = ma.channel === mb.channel ? [`same channel (${ma.channel})`] : [`channel ${ma.channel}`, `channel ${mb.channel}`];
  return [...new Set([...ma.tags, ...mb.tags, ...channels, 'all'])];
}
