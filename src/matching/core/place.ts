/**
 * Place names are searched in any script with ASCII fallbacks. The key is the name skeleton of
 * each word with the open vowels a, e and ə made one: Azerbaijani ə is written e or a without
 * its keyboard (Xankəndi, Xankendi, Xankandi) and as а, е or я in Russian (Кельбаджар).
 * An initial velar is dropped because Russian writes Հ as Г (Hadrut → Гадрут).
 * Generic words (rayonu, город, շրջան…) are left out so "Xankəndi şəhəri" meets "Ханкенди".
 * Places whose names differ outright (Xankəndi / Stepanakert, Haterk / Həsənriz) meet only
 * through the gazetteer, which the store consults; no spelling rule can bridge them.
 */
import { skeletonOf } from './phonetics.js';
import { readPhonemes } from './phonemes.js';
import { words } from './text.js';

const GENERIC_WORDS = [
  'şəhəri', 'şəhər', 'rayonu', 'rayon', 'kəndi', 'kənd', 'qəsəbəsi', 'qəsəbə',
  'город', 'район', 'село', 'посёлок', 'деревня',
  'city', 'town', 'village', 'district', 'region',
  'քաղաք', 'շրջան', 'գյուղ', 'ավան',
];

const wordKey = (word: string): string => skeletonOf(readPhonemes(word)).replace(/^k/u, '').replace(/[ae]/gu, 'a');

const GENERIC_KEYS = new Set(GENERIC_WORDS.map(wordKey));

export function normalisePlaceName(text: string): string {
  return words(text)
    .map(wordKey)
    .filter((key) => key !== '' && !GENERIC_KEYS.has(key))
    .join(' ');
}
