/**
 * Reads one word, in any of the supported scripts, into the phoneme alphabet below. Each character
 * is read with the table of its own script, so a Latin name with a stray Cyrillic homoglyph still
 * reads correctly.
 *
 * The alphabet (the tables in tables/ map each script into it): one symbol stands for a whole class
 * of sounds that the spellings in NAMES.md do not keep apart:
 *   p  բ պ փ, b p    — Western Armenian swaps voiced and voiceless stops (Bedros = Petros)
 *   t  դ տ թ, d t
 *   k  գ կ ք ղ խ, g k q gh ğ kh x — Ղ is gh/г/к/х/q, Խ is kh/x/х, Գ/Կ swap in Western Armenian
 *   č  ժ ջ ճ չ, zh j dzh dj ch tch ç č ž c(az) — zh/j/ž and j/ch are each one class in NAMES.md
 *   ʦ  ծ ց ձ, ts tz dz c(iso) ц — dz/ts devoicing
 *   š  շ, sh ş š ш щ
 *   h  հ, h һ — resolved later (dropped word-initially, г/х elsewhere, see phonetics.ts)
 * Vowels a e i o u and the glide y; ə ä ը է ы э fold into e or i. The non-ASCII symbols č š ʦ read
 * back as themselves, so a skeleton normalises to itself.
 */
import { scriptOf } from './scripts.js';
import { ARMENIAN_PHONEMES, CLASSICAL_INITIAL_H, CLASSICAL_YAN } from './tables/armenian.js';
import { CYRILLIC_PHONEMES } from './tables/cyrillic.js';
import { COMMON_OVERRIDES, ISO_OVERRIDES, LATIN_PHONEMES, latinFlavour } from './tables/latin.js';
import { baseLetter, foldCase, stripApostrophes } from './text.js';

const LONGEST_GRAPHEME = 4;
const MARK = /\p{M}/u;
const LETTER = /\p{L}/u;
const LATIN_VOWEL = /[aeiouyəıöüäëēòō]/u;

function tableFor(char: string): ReadonlyMap<string, string> {
  const script = scriptOf(char);
  if (script === 'armenian') return ARMENIAN_PHONEMES;
  if (script === 'cyrillic') return CYRILLIC_PHONEMES;
  return LATIN_PHONEMES;
}

/** Next character that is not a combining mark, or '' at the end of the word. */
function nextLetter(word: string, from: number): string {
  for (let i = from; i < word.length; i++) {
    const c = word[i] ?? '';
    if (!MARK.test(c)) return c;
  }
  return '';
}

/**
 * A plain c is k before a consonant or at the end (Victor, Eric) and j elsewhere, as Azerbaijani
 * Latin writes it (Cangiryan, Cəbrayıl). ISO text is handled by ISO_OVERRIDES instead.
 */
function commonC(word: string, i: number): string {
  const next = nextLetter(word, i + 1);
  return next === '' || !LATIN_VOWEL.test(next) ? 'k' : 'č';
}

/** The phoneme of the grapheme at i and how many code units it spans. */
function readAt(word: string, i: number, iso: boolean): [string, number] {
  const char = word[i] ?? '';
  const table = tableFor(char);
  if (table === LATIN_PHONEMES) {
    const override = (iso ? ISO_OVERRIDES : COMMON_OVERRIDES).get(char);
    if (override !== undefined) return [override, 1];
  }
  for (let len = Math.min(LONGEST_GRAPHEME, word.length - i); len >= 1; len--) {
    const phoneme = table.get(word.slice(i, i + len));
    if (phoneme !== undefined) return [phoneme, len];
  }
  if (char === 'c' && !iso) return [commonC(word, i), 1];
  const base = baseLetter(char);
  const fromBase = base === char ? undefined : table.get(base);
  if (fromBase !== undefined) return [fromBase, 1];
  if (base === 'c') return [iso ? 'ʦ' : commonC(word, i), 1];
  return [LETTER.test(char) ? char : '', 1];
}

/**
 * Phonemes of one word. The word is case-folded and apostrophes are removed first (BGN's ’ and
 * ISO's U+0315 mark aspiration, which no other spelling keeps).
 */
export function readPhonemes(rawWord: string): string {
  const word = stripApostrophes(foldCase(rawWord))
    .replace(CLASSICAL_INITIAL_H, 'հ')
    .replace(CLASSICAL_YAN, 'յա')
    .replace(/\u0587/g, 'եվ');
  const iso = latinFlavour(word) === 'iso';
  let out = '';
  for (let i = 0; i < word.length; ) {
    if (MARK.test(word[i] ?? '')) {
      i++;
      continue;
    }
    const [phoneme, length] = readAt(word, i, iso);
    out += phoneme;
    i += length;
  }
  return out;
}
