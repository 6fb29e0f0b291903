/**
 * Tables for showing a name in the reader's script (transliterate.ts). These aim at what a reader
 * expects to see, not at matching: passport-style Latin (BGN/PCGN without apostrophes, NAMES.md
 * "passport" column), Russian practice Cyrillic, and a best-effort Armenian spelling.
 */

/** Armenian → passport-style Latin. Ե and Ո are handled in context (ye/vo word-initially). */
export const ARMENIAN_TO_LATIN: ReadonlyMap<string, string> = new Map([
  ['ու', 'u'], ['ա', 'a'], ['բ', 'b'], ['գ', 'g'], ['դ', 'd'], ['ե', 'e'], ['զ', 'z'], ['է', 'e'],
  ['ը', 'y'], ['թ', 't'], ['ժ', 'zh'], ['ի', 'i'], ['լ', 'l'], ['խ', 'kh'], ['ծ', 'ts'], ['կ', 'k'],
  ['հ', 'h'], ['ձ', 'dz'], ['ղ', 'gh'], ['ճ', 'ch'], ['մ', 'm'], ['յ', 'y'], ['ն', 'n'], ['շ', 'sh'],
  ['ո', 'o'], ['չ', 'ch'], ['պ', 'p'], ['ջ', 'j'], ['ռ', 'r'], ['ս', 's'], ['վ', 'v'], ['տ', 't'],
  ['ր', 'r'], ['ց', 'ts'], ['ւ', 'v'], ['փ', 'p'], ['ք', 'k'], ['և', 'ev'], ['օ', 'o'], ['ֆ', 'f'],
]);

/** Armenian → Russian practice (NAMES.md last column). */
export const ARMENIAN_TO_CYRILLIC: ReadonlyMap<string, string> = new Map([
  ['յու', 'ю'], ['յա', 'я'], ['յե', 'е'], ['ու', 'у'], ['ա', 'а'], ['բ', 'б'], ['գ', 'г'], ['դ', 'д'],
  ['ե', 'е'], ['զ', 'з'], ['է', 'э'], ['ը', 'ы'], ['թ', 'т'], ['ժ', 'ж'], ['ի', 'и'], ['լ', 'л'],
  ['խ', 'х'], ['ծ', 'ц'], ['կ', 'к'], ['հ', 'г'], ['ձ', 'дз'], ['ղ', 'г'], ['ճ', 'ч'], ['մ', 'м'],
  ['յ', 'й'], ['ն', 'н'], ['շ', 'ш'], ['ո', 'о'], ['չ', 'ч'], ['պ', 'п'], ['ջ', 'дж'], ['ռ', 'р'],
  ['ս', 'с'], ['վ', 'в'], ['տ', 'т'], ['ր', 'р'], ['ց', 'ц'], ['ւ', 'в'], ['փ', 'п'], ['ք', 'к'],
  ['և', 'ев'], ['օ', 'о'], ['ֆ', 'ф'],
]);

/** Russian → readable Latin (BGN/PCGN without diacritics); е/ё get a y in context. */
export const RUSSIAN_TO_LATIN: ReadonlyMap<string, string> = new Map([
  ['а', 'a'], ['б', 'b'], ['в', 'v'], ['г', 'g'], ['д', 'd'], ['е', 'e'], ['ё', 'yo'], ['ж', 'zh'],
  ['з', 'z'], ['и', 'i'], ['й', 'y'], ['к', 'k'], ['л', 'l'], ['м', 'm'], ['н', 'n'], ['о', 'o'],
  ['п', 'p'], ['р', 'r'], ['с', 's'], ['т', 't'], ['у', 'u'], ['ф', 'f'], ['х', 'kh'], ['ц', 'ts'],
  ['ч', 'ch'], ['ш', 'sh'], ['щ', 'shch'], ['ъ', ''], ['ы', 'y'], ['ь', ''], ['э', 'e'], ['ю', 'yu'],
  ['я', 'ya'], ['і', 'i'],
]);

/** Azerbaijani Cyrillic → Azerbaijani Latin (BGN/PCGN 1993 table in NAMES.md). */
export const AZERBAIJANI_CYRILLIC_TO_LATIN: ReadonlyMap<string, string> = new Map([
  ['а', 'a'], ['б', 'b'], ['в', 'v'], ['г', 'q'], ['ғ', 'ğ'], ['д', 'd'], ['е', 'e'], ['ә', 'ə'],
  ['ж', 'j'], ['з', 'z'], ['и', 'i'], ['ы', 'ı'], ['ј', 'y'], ['к', 'k'], ['ҝ', 'g'], ['л', 'l'],
  ['м', 'm'], ['н', 'n'], ['о', 'o'], ['ө', 'ö'], ['п', 'p'], ['р', 'r'], ['с', 's'], ['т', 't'],
  ['у', 'u'], ['ү', 'ü'], ['ф', 'f'], ['х', 'x'], ['һ', 'h'], ['ч', 'ç'], ['ҹ', 'c'], ['ш', 'ş'],
]);

/** Letters only Azerbaijani Cyrillic has; their presence selects its table. */
export const AZERBAIJANI_CYRILLIC_LETTERS = /[ғәјҝөүһҹ]/u;

/** Latin (any romanisation, Azerbaijani included) → Russian practice. */
export const LATIN_TO_CYRILLIC: ReadonlyMap<string, string> = new Map([
  ['shch', 'щ'], ['dzh', 'дж'], ['tch', 'ч'], ['kh', 'х'], ['zh', 'ж'], ['ch', 'ч'], ['sh', 'ш'],
  ['ts', 'ц'], ['tz', 'ц'], ['dz', 'дз'], ['gh', 'г'], ['ya', 'я'], ['yu', 'ю'], ['ye', 'е'], ['yo', 'ё'], ['ou', 'у'], ['ow', 'у'],
  ['a', 'а'], ['b', 'б'], ['c', 'дж'], ['ç', 'ч'], ['č', 'ч'], ['d', 'д'], ['e', 'е'], ['ə', 'е'],
  ['f', 'ф'], ['g', 'г'], ['ğ', 'г'], ['h', 'г'], ['i', 'и'], ['ı', 'ы'], ['j', 'дж'], ['k', 'к'],
  ['l', 'л'], ['m', 'м'], ['n', 'н'], ['o', 'о'], ['ö', 'ё'], ['p', 'п'], ['q', 'г'], ['r', 'р'],
  ['s', 'с'], ['ş', 'ш'], ['š', 'ш'], ['t', 'т'], ['u', 'у'], ['ü', 'ю'], ['v', 'в'], ['w', 'в'],
  ['x', 'х'], ['y', 'й'], ['z', 'з'], ['ž', 'ж'],
]);

/** Latin → Armenian, best effort: aspiration (թ փ ք չ ց) cannot be recovered from Latin. */
export const LATIN_TO_ARMENIAN: ReadonlyMap<string, string> = new Map([
  ['kh', 'խ'], ['gh', 'ղ'], ['zh', 'ժ'], ['ch', 'չ'], ['sh', 'շ'], ['ts', 'ց'], ['dz', 'ձ'],
  ['ev', 'և'], ['ou', 'ու'], ['a', 'ա'], ['b', 'բ'], ['c', 'ց'], ['ç', 'չ'], ['d', 'դ'], ['e', 'ե'],
  ['ə', 'ե'], ['f', 'ֆ'], ['g', 'գ'], ['ğ', 'ղ'], ['h', 'հ'], ['i', 'ի'], ['ı', 'ը'], ['j', 'ջ'],
  ['k', 'կ'], ['l', 'լ'], ['m', 'մ'], ['n', 'ն'], ['o', 'ո'], ['ö', 'օ'], ['p', 'պ'], ['q', 'ք'],
  ['r', 'ր'], ['s', 'ս'], ['ş', 'շ'], ['t', 'տ'], ['u', 'ու'], ['ü', 'ու'], ['v', 'վ'], ['w', 'վ'],
  ['x', 'խ'], ['y', 'յ'], ['z', 'զ'],
]);
