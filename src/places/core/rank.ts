export interface NameCandidate {
  place_id: string;
  name: string;
  lang: string;
  search_key: string;
}

export interface RankedPlace {
  placeId: string;
  name: string;
  lang: string;
  score: number;
}

/**
 * Ranks places by how well one of their names meets the folded query: the whole name, then the
 * start of the name, then the start of a word in it, then anywhere. A place appears once, by its
 * best-matching name.
 */
export function rankPlaceNames(query: string, names: readonly NameCandidate[]): RankedPlace[] {
  if (!query) return [];
  const best = new Map<string, RankedPlace>();
  for (const n of names) {
    const score = scoreKey(query, n.search_key);
    if (score === 0) continue;
    const current = best.get(n.place_id);
    if (!current || score > current.score || (score === current.score && n.name.length < current.name.length)) {
      best.set(n.place_id, { placeId: n.place_id, name: n.name, lang: n.lang, score });
    }
  }
  return [...best.values()].sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
}

function scoreKey(query: string, key: string): number {
  if (key === query) return 1;
  if (key.startsWith(query)) return 0.8 + 0.1 * (query.length / key.length);
  if (key.split(' ').some((word) => word.startsWith(query))) return 0.7;
  if (key.includes(query)) return 0.5;
  return 0;
}
