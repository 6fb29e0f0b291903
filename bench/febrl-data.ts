/**
 * FEBRL 3 and 4 (bench/data/febrl/) as MatchRecords. True matches share N in rec-N-org /
 * rec-N-dup-K. soc_sec_id is a personal identifier, so it is the document number; the address
 * parts are carried in `extra` and compared generically.
 */
import { readFileSync } from 'node:fs';
import type { MatchRecord } from '../src/matching/core/types.js';
import { pairKey } from './evaluation.js';

const DATA = new URL('./data/febrl/', import.meta.url);
const EXTRA_COLUMNS = ['street_number', 'address_1', 'address_2', 'suburb', 'postcode', 'state'] as const;

/** FEBRL writes dates as YYYYMMDD; a corrupted one that is not a plausible date is missing. */
function isoDate(raw: string): string | undefined {
  const m = /^(\d{4})(\d{2})(\d{2})$/u.exec(raw);
  if (!m) return undefined;
  return `${m[1]}-${m[2]}-${m[3]}`;
}

export function readFebrl(file: string): MatchRecord[] {
  const [header, ...lines] = readFileSync(new URL(file, DATA), 'utf8').trim().split(/\r?\n/u);
  const columns = (header ?? '').split(',').map((c) => c.trim());
  return lines.map((line) => {
    const cells = line.split(',').map((c) => c.trim());
    const get = (name: string): string | undefined => {
      const value = cells[columns.indexOf(name)];
      return value === undefined || value === '' ? undefined : value;
    };
    const extra: Record<string, string> = {};
    for (const name of EXTRA_COLUMNS) {
      const value = get(name);
      if (value !== undefined) extra[name] = value;
    }
    const record: MatchRecord = { id: get('rec_id') ?? '', extra };
    const given = get('given_name');
    const family = get('surname');
    const date = isoDate(get('date_of_birth') ?? '');
    const ssn = get('soc_sec_id');
    if (given) record.givenName = given;
    if (family) record.familyName = family;
    if (date) record.birthDate = date;
    if (ssn) record.documentNumber = ssn;
    return record;
  });
}

/** rec-N-org and rec-N-dup-K → N */
export const entityOf = (id: string): string => id.split('-')[1] ?? id;

/** True pairs: records of one entity, within one list (dedupe) or across two (link). */
export function truePairs(left: readonly MatchRecord[], right?: readonly MatchRecord[]): Set<string> {
  const byEntity = new Map<string, string[]>();
  for (const r of left) byEntity.set(entityOf(r.id), [...(byEntity.get(entityOf(r.id)) ?? []), r.id]);
  const truth = new Set<string>();
  if (right) {
    for (const r of right) for (const l of byEntity.get(entityOf(r.id)) ?? []) truth.add(pairKey(l, r.id));
    return truth;
  }
  for (const ids of byEntity.values()) {
    for (let i = 0; i < ids.length; i++) for (let j = i + 1; j < ids.length; j++) truth.add(pairKey(ids[i]!, ids[j]!));
  }
  return truth;
}
