/**
 * A search typed as free text ("Aram Hovhannisyan", "Оганесян Арам Гагикович") becomes the
 * records it could mean: the words read as given name, patronymic and family name in each order
 * people write them. The search scores every candidate against each reading and keeps the best.
 */
import type { MatchRecord } from './types.js';

export interface SearchFields {
  words: string[];
  birthDate?: string;
  birthPlace?: string;
  phone?: string;
  documentNumber?: string;
}

export function readingsOf(q: SearchFields): MatchRecord[] {
  const base: MatchRecord = {
    id: 'query',
    ...(q.birthDate ? { birthDate: q.birthDate } : {}),
    ...(q.birthPlace ? { birthPlace: q.birthPlace } : {}),
    ...(q.phone ? { phone: q.phone } : {}),
    ...(q.documentNumber ? { documentNumber: q.documentNumber } : {}),
  };
  const w = q.words.slice(0, 4);
  if (w.length === 0) return [base];
  if (w.length === 1) return [{ ...base, familyName: w[0]! }, { ...base, givenName: w[0]! }];
  const readings: MatchRecord[] = [];
  for (let i = 0; i < w.length; i++) {
    for (let j = 0; j < w.length; j++) {
      if (i === j) continue;
      const rest = w.filter((_, k) => k !== i && k !== j);
      readings.push({ ...base, givenName: w[i]!, familyName: w[j]!, ...(rest.length ? { patronymic: rest.join(' ') } : {}) });
    }
  }
  return readings;
}

/** Words of a free-text query: split on spaces and commas, a hyphenated surname kept whole. */
export const wordsOf = (text: string | undefined) => (text ?? '').split(/[\s,]+/u).filter((w) => w.length > 0);
