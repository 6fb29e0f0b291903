export { detectScript, type Script } from './scripts.js';
export { normaliseName, looseNameKey, type NameKind } from './normalise.js';
export { nameKeys } from './keys.js';
export { transliterate, type TargetScript } from './transliterate.js';
export { normaliseDocumentNumber } from './document.js';
export { normalisePlaceName } from './place.js';
