/**
 * Given-name equivalence classes (tables/given-name-equivalents.ts) keyed by skeleton. The class
 * key is the skeleton of the first (Armenian) entry, so it is stable and readable.
 */
import { normaliseName } from './normalise.js';
import { GIVEN_NAME_EQUIVALENTS } from './tables/given-name-equivalents.js';

let classes: Map<string, string> | undefined;

function classTable(): Map<string, string> {
  if (classes) return classes;
  classes = new Map();
  for (const names of GIVEN_NAME_EQUIVALENTS) {
    const key = normaliseName(names[0] ?? '', 'given');
    for (const name of names) {
      const skeleton = normaliseName(name, 'given');
      if (!classes.has(skeleton)) classes.set(skeleton, key);
    }
  }
  return classes;
}

/** The equivalence class of a given-name skeleton, or undefined when the name has no listed peers. */
export function equivalenceClass(skeleton: string): string | undefined {
  return classTable().get(skeleton);
}
