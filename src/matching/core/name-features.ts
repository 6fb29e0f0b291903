/**
 * Everything the comparator needs to know about one name value, computed once per distinct
 * spelling: the form as typed, the skeleton, both loose keys, the equivalence class or surname
 * stem, and whether the value is a bare initial.
 */
import { equivalenceClass } from './equivalents.js';
import { type NameKind, looseNameKey, normaliseName } from './normalise.js';
import { looseKeyOf } from './phonetics.js';
import { readPhonemes } from './phonemes.js';
import { remembered } from '../../platform/cache.js';
import { surnameStem } from './surname.js';
import { asTyped, words } from './text.js';

export interface NameFeatures {
  typed: string;
  skeleton: string;
  /** Loose key with every h dropped (Vahe/Ваэ, Hamlet/Гамлет). */
  loose: string;
  /** Loose key of the skeleton itself, where h became a velar (Mehrabyan/Меграбян). */
  looseVelar: string;
  /** Equivalence class (given, patronymic) or surname stem (family); '' when none. */
  related: string;
  /** First phoneme as written, before any rule drops it (H. for Hakob). */
  initial: string;
  /** The value is a single letter, such as "A." */
  initialOnly: boolean;
}

/**
 * A search or a check compares its query with up to a hundred people, whose names mostly repeat
 * from one request to the next: features are remembered across requests (up to a bound, then
 * forgotten wholesale) rather than normalised again, which was a fifth of a check's time.
 */
const featuresOf = remembered((id) => {
  const at = id.indexOf('\u0000');
  return computeFeatures(id.slice(at + 1), id.slice(0, at) as NameKind);
}, 20_000);

export function nameFeatures(text: string, kind: NameKind): Readonly<NameFeatures> {
  return featuresOf(`${kind}\u0000${text}`);
}

function computeFeatures(text: string, kind: NameKind): NameFeatures {
  const skeleton = normaliseName(text, kind);
  const letters = words(text).join('');
  return {
    typed: asTyped(text),
    skeleton,
    loose: looseNameKey(text, kind),
    looseVelar: looseKeyOf(skeleton, kind === 'family'),
    related: (kind === 'family' ? surnameStem(skeleton) : equivalenceClass(skeleton)) ?? '',
    initial: readPhonemes(letters).charAt(0),
    initialOnly: [...letters].length === 1,
  };
}
