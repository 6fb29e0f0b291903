/**
 * Keys that find candidates in a registry by exact lookup in an ordinary indexed table, one row
 * per (key, person). They follow the batch engine's blocking rules (blocking-keys.ts), so a
 * registry finds at intake what a batch run over the same records would compare:
 *   fy  family name + birth year      gd  given name + birth date
 *   ns  given and family name, either order
 *   gpy given name + patronymic + birth year
 *   doc document number   ph  phone   dp  birth date + birth place
 * The store keeps them hashed (compact, of one length, not the names themselves); this file stays
 * free of I/O and of Node so that a browser can compute the same keys offline.
 */
import { normaliseDocumentNumber } from './document.js';
import { looseNameKey, normaliseName, type NameKind } from './normalise.js';
import type { MatchRecord } from './types.js';

/**
 * Names repeat: a registry of a million people holds a few thousand distinct spellings. Their
 * keys are remembered (up to a bound, then forgotten wholesale) instead of normalised each time.
 */
const remembered = new Map<string, { loose: string; skeleton: string }>();
const rememberedLimit = 100_000;

function keysOfName(text: string, kind: NameKind) {
  const id = `${kind}\u0000${text}`;
  let keys = remembered.get(id);
  if (!keys) {
    const skeleton = normaliseName(text, kind);
    keys = { loose: looseNameKey(text, kind) || skeleton, skeleton };
    if (remembered.size >= rememberedLimit) remembered.clear();
    remembered.set(id, keys);
  }
  return keys;
}

const loose = (text: string | undefined, kind: NameKind) => (text ? keysOfName(text, kind).loose : '');

/** The lookup keys of a record. */
export function registryKeys(r: MatchRecord): string[] {
  const keys = new Set<string>();
  const given = loose(r.givenName, 'given');
  const family = loose(r.familyName, 'family');
  const patronymic = loose(r.patronymic, 'patronymic');
  const givenSkeleton = r.givenName ? keysOfName(r.givenName, 'given').skeleton : '';
  const familySkeleton = r.familyName ? keysOfName(r.familyName, 'family').skeleton : '';
  const year = /^\d{4}/.test(r.birthDate ?? '') ? r.birthDate!.slice(0, 4) : '';
  const date = /^\d{4}-\d{2}-\d{2}$/.test(r.birthDate ?? '') ? r.birthDate! : '';
  if (family && year) keys.add(`fy|${family}|${year}`);
  if (given && date) keys.add(`gd|${given}|${date}`);
  if (givenSkeleton && familySkeleton) keys.add(`ns|${[givenSkeleton, familySkeleton].sort().join('|')}`);
  if (given && patronymic && year) keys.add(`gpy|${given}|${patronymic}|${year}`);
  const document = r.documentNumber ? normaliseDocumentNumber(r.documentNumber) : '';
  if (document) keys.add(`doc|${document}`);
  if (r.phone) keys.add(`ph|${r.phone}`);
  if (date && r.birthPlace) keys.add(`dp|${date}|${r.birthPlace}`);
  return [...keys];
}
