/**
 * Compact keys for finding candidates by exact lookup in an ordinary indexed table (no FTS, no
 * trigram index). Each key carries a one-letter prefix naming its kind, so a store can keep all
 * of them in one (key, record) table:
 *   s:  skeleton — the same name in any script
 *   l:  loose key — vowel drops, e/i alternation, Հ written as Г
 *   e:  equivalence class — Hakob/Яков, Gevorg/Жора (given names and patronymics)
 *   r:  surname stem — Акопов/Akopyan (family names)
 */
import { equivalenceClass } from './equivalents.js';
import { type NameKind, looseNameKey, normaliseName } from './normalise.js';
import { surnameStem } from './surname.js';

export function nameKeys(text: string, kind: NameKind): string[] {
  const skeleton = normaliseName(text, kind);
  if (skeleton === '') return [];
  const keys = [`s:${skeleton}`];
  const loose = looseNameKey(text, kind);
  if (loose !== '') keys.push(`l:${loose}`);
  const related = kind === 'family' ? surnameStem(skeleton) : equivalenceClass(skeleton);
  if (related !== undefined) keys.push(`${kind === 'family' ? 'r' : 'e'}:${related}`);
  return keys;
}
