/**
 * Armenian → Latin in the schemes of NAMES.md, written for the generator from the letter table
 * there (BGN/PCGN 1981, ISO 9985, passport practice, Western/diaspora), independently of the
 * matcher's own tables.
 */
export type ArmenianScheme = 'bgn' | 'iso' | 'passport' | 'western' | 'german';

const MARK = '\u0315';
const APOS = '\u2019';

/** letter → [BGN/PCGN, ISO 9985, passport, Western] */
const LETTERS: Record<string, readonly [string, string, string, string]> = {
  ա: ['a', 'a', 'a', 'a'],
  բ: ['b', 'b', 'b', 'p'],
  գ: ['g', 'g', 'g', 'k'],
  դ: ['d', 'd', 'd', 't'],
  ե: ['e', 'e', 'e', 'e'],
  զ: ['z', 'z', 'z', 'z'],
  է: ['e', 'ē', 'e', 'e'],
  ը: ['y', 'ë', 'y', 'e'],
  թ: [`t${APOS}`, `t${MARK}`, 't', 't'],
  ժ: ['zh', 'ž', 'zh', 'zh'],
  ի: ['i', 'i', 'i', 'i'],
  լ: ['l', 'l', 'l', 'l'],
  խ: ['kh', 'x', 'kh', 'kh'],
  ծ: ['ts', 'ç', 'ts', 'dz'],
  կ: ['k', 'k', 'k', 'g'],
  հ: ['h', 'h', 'h', 'h'],
  ձ: ['dz', 'j', 'dz', 'ts'],
  ղ: ['gh', 'ġ', 'gh', 'gh'],
  ճ: ['ch', 'č\u0323', 'ch', 'j'],
  մ: ['m', 'm', 'm', 'm'],
  յ: ['y', 'y', 'y', 'y'],
  ն: ['n', 'n', 'n', 'n'],
  շ: ['sh', 'š', 'sh', 'sh'],
  ո: ['o', 'o', 'o', 'o'],
  չ: [`ch${APOS}`, 'č', 'ch', 'ch'],
  պ: ['p', 'p', 'p', 'b'],
  ջ: ['j', 'ǰ', 'j', 'ch'],
  ռ: ['rr', 'ṙ', 'r', 'r'],
  ս: ['s', 's', 's', 's'],
  վ: ['v', 'v', 'v', 'v'],
  տ: ['t', 't', 't', 'd'],
  ր: ['r', 'r', 'r', 'r'],
  ց: [`ts${APOS}`, `c${MARK}`, 'ts', 'ts'],
  ւ: ['v', 'w', 'v', 'v'],
  փ: [`p${APOS}`, `p${MARK}`, 'p', 'p'],
  ք: [`k${APOS}`, `k${MARK}`, 'k', 'k'],
  օ: ['o', 'ò', 'o', 'o'],
  ֆ: ['f', 'f', 'f', 'f'],
};

const COLUMN: Record<ArmenianScheme, number> = { bgn: 0, iso: 1, passport: 2, western: 3, german: 2 };
const VOWELS = new Set(['ա', 'ե', 'է', 'ը', 'ի', 'ո', 'օ', 'ւ']);

function renderWord(word: string, scheme: ArmenianScheme, random: () => number): string {
  const chars = [...word.toLowerCase()];
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const c = chars[i] as string;
    const next = chars[i + 1];
    const initial = i === 0;
    const afterVowel = i > 0 && VOWELS.has(chars[i - 1] as string) && chars[i - 1] !== 'ւ';
    if (c === 'ո' && next === 'ւ') {
      out += scheme === 'iso' ? 'ow' : scheme === 'western' ? 'ou' : 'u';
      i++;
    } else if (c === 'և') {
      const y = scheme !== 'iso' && (initial || (scheme === 'bgn' && afterVowel));
      out += (y ? 'y' : '') + (scheme === 'iso' ? 'ew' : 'ev');
    } else if (c === 'ե' && scheme !== 'iso' && (initial || (scheme === 'bgn' && afterVowel))) {
      out += 'ye';
    } else if (c === 'ո' && initial && scheme !== 'iso' && next !== 'վ') {
      out += 'vo';
    } else if (c === 'օ' && scheme === 'iso') {
      out += random() < 0.5 ? 'ò' : 'ō';
    } else if (c === 'յ' && scheme === 'western' && word.toLowerCase().endsWith('յան') && i === chars.length - 3) {
      out += 'i';
    } else {
      out += LETTERS[c]?.[COLUMN[scheme]] ?? c;
    }
  }
  if (scheme === 'german') out = out.replace(/yan$/u, 'jan');
  return out;
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

/** Renders an Armenian name (words separated by spaces or hyphens) in a Latin scheme. */
export function armenianToLatin(text: string, scheme: ArmenianScheme, random: () => number): string {
  return text.replace(/[\u0531-\u0587]+/gu, (word) => capitalise(renderWord(word, scheme, random)));
}
