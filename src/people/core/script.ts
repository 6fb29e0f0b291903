export const scripts = ['armenian', 'cyrillic', 'latin', 'mixed', 'unknown'] as const;
export type Script = (typeof scripts)[number];

/** Which alphabet a name was typed in; shown beside the name so a reader knows how to read it. */
export function detectScript(text: string): Script {
  let armenian = 0;
  let cyrillic = 0;
  let latin = 0;
  for (const ch of text.normalize('NFC')) {
    if (/\p{Script=Armenian}/u.test(ch)) armenian++;
    else if (/\p{Script=Cyrillic}/u.test(ch)) cyrillic++;
    else if (/\p{Script=Latin}/u.test(ch)) latin++;
  }
  const present = [armenian, cyrillic, latin].filter((n) => n > 0).length;
  if (present === 0) return 'unknown';
  if (present > 1) return 'mixed';
  return armenian ? 'armenian' : cyrillic ? 'cyrillic' : 'latin';
}
