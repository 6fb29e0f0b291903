/** The place-name groups of tables/places.ts, keyed by normalisePlaceName. */
import { normalisePlaceName } from './place.js';
import { PLACE_NAME_GROUPS } from './tables/places.js';

let groups: Map<string, string> | undefined;

/** The group a place name belongs to (its first entry, normalised), or undefined. */
export function placeGroup(text: string): string | undefined {
  if (!groups) {
    groups = new Map();
    for (const names of PLACE_NAME_GROUPS) {
      const group = normalisePlaceName(names[0] ?? '');
      for (const name of names) if (!groups.has(normalisePlaceName(name))) groups.set(normalisePlaceName(name), group);
    }
  }
  return groups.get(normalisePlaceName(text));
}
