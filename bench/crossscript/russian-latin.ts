/**
 * Russian (and Russian-practice Armenian) names → Latin as NAMES.md describes them: BGN/PCGN,
 * ICAO Doc 9303, and an Azerbaijani clerk's Latin (г→q, х→x, ч→ç, ш→ş, ж→j, дж→c).
 * Written for the generator, independently of the matcher.
 */
export type RussianScheme = 'bgn' | 'icao' | 'azerbaijani';

const COMMON: Record<string, string> = {
  а: 'a', б: 'b', в: 'v', г: 'g', д: 'd', е: 'e', з: 'z', и: 'i', к: 'k', л: 'l', м: 'm', н: 'n',
  о: 'o', п: 'p', р: 'r', с: 's', т: 't', у: 'u', ф: 'f', х: 'kh', ц: 'ts', ч: 'ch', ш: 'sh',
  щ: 'shch', ъ: '', ы: 'y', ь: '', э: 'e', ж: 'zh',
};
const BGN: Record<string, string> = { ...COMMON, й: 'y', я: 'ya', ю: 'yu', ё: 'ë' };
const ICAO: Record<string, string> = { ...COMMON, й: 'i', я: 'ia', ю: 'iu', ъ: 'ie', ё: 'e' };
const AZ: Record<string, string> = {
  ...COMMON, г: 'q', х: 'x', ч: 'ç', ш: 'ş', щ: 'şç', ж: 'j', ы: 'ı', й: 'y', я: 'ya', ю: 'yu', ё: 'yo',
};
const TABLES: Record<RussianScheme, Record<string, string>> = { bgn: BGN, icao: ICAO, azerbaijani: AZ };
const RU_VOWELS = /[аеёиоуыэюяьъ]/u;

function renderWord(word: string, scheme: RussianScheme): string {
  const lower = word.toLowerCase();
  const table = TABLES[scheme];
  let out = '';
  for (let i = 0; i < lower.length; i++) {
    const c = lower[i] as string;
    if (scheme === 'azerbaijani' && c === 'д' && lower[i + 1] === 'ж') {
      out += 'c';
      i++;
    } else if (c === 'е' && scheme === 'bgn' && (i === 0 || RU_VOWELS.test(lower[i - 1] ?? ''))) {
      out += 'ye';
    } else {
      out += table[c] ?? c;
    }
  }
  return out;
}

const capitalise = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

export function russianToLatin(text: string, scheme: RussianScheme): string {
  return text.replace(/[\u0400-\u04FF]+/gu, (word) => capitalise(renderWord(word, scheme)));
}

/** Upper case as an Azerbaijani keyboard makes it: i → İ, ı → I. */
export function azerbaijaniUpper(text: string): string {
  return text.replace(/i/gu, 'İ').replace(/ı/gu, 'I').toUpperCase();
}
