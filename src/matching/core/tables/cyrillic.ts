/**
 * Cyrillic letters → phoneme classes (the alphabet is described in ../phonemes.ts): Russian, plus
 * the Azerbaijani Cyrillic letters of the BGN/PCGN 1993 table (ғ ә ј ҝ ө ү һ ҹ), plus і/ї/є/ў so
 * Ukrainian or Belarusian spellings in old documents still read. Russian г and Azerbaijani Cyrillic
 * г (Latin q) are both the velar class; ё is е (NAMES.md: ё/е).
 */
export const CYRILLIC_PHONEMES: ReadonlyMap<string, string> = new Map([
  ['дж', 'č'], // Джангирян: one affricate, not д + ж
  ['дз', 'ʦ'], // Бердзор
  ['тч', 'č'], // Мкртчян is written with т + ч for ճ/չ after т
  ['кс', 'ks'],
  ['а', 'a'],
  ['б', 'p'],
  ['в', 'v'],
  ['г', 'k'],
  ['ғ', 'k'],
  ['д', 't'],
  ['е', 'e'],
  ['ё', 'e'],
  ['є', 'ye'],
  ['ж', 'č'],
  ['з', 'z'],
  ['и', 'i'],
  ['і', 'i'],
  ['ї', 'yi'],
  ['й', 'y'],
  ['ј', 'y'],
  ['к', 'k'],
  ['ҝ', 'k'],
  ['қ', 'k'],
  ['л', 'l'],
  ['м', 'm'],
  ['н', 'n'],
  ['о', 'o'],
  ['ө', 'o'],
  ['п', 'p'],
  ['р', 'r'],
  ['с', 's'],
  ['т', 't'],
  ['у', 'u'],
  ['ү', 'u'],
  ['ў', 'u'],
  ['ф', 'f'],
  ['х', 'k'],
  ['һ', 'h'],
  ['ц', 'ʦ'],
  ['ч', 'č'],
  ['ҹ', 'č'],
  ['ш', 'š'],
  ['щ', 'š'],
  ['ъ', ''],
  ['ы', 'i'],
  ['ь', ''],
  ['э', 'e'],
  ['ә', 'e'],
  ['ю', 'yu'],
  ['я', 'ya'],
]);
