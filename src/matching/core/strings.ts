/** String similarity measures used on skeletons and generic fields. */

/**
 * Scratch buffers reused across calls: Jaro runs millions of times in a batch and must not
 * allocate. Single-threaded JavaScript makes the sharing safe.
 */
let usedB = new Uint8Array(64);
let matchedA = new Int32Array(64);

/** Jaro similarity (0…1): shared characters within a window, penalised for transpositions. */
function jaro(a: string, b: string): number {
  if (a === b) return 1;
  const la = a.length;
  const lb = b.length;
  if (la === 0 || lb === 0) return 0;
  if (usedB.length < lb) usedB = new Uint8Array(lb * 2);
  if (matchedA.length < la) matchedA = new Int32Array(la * 2);
  usedB.fill(0, 0, lb);
  const window = Math.max(0, Math.floor(Math.max(la, lb) / 2) - 1);
  let m = 0;
  for (let i = 0; i < la; i++) {
    const c = a.charCodeAt(i);
    const to = Math.min(lb - 1, i + window);
    for (let j = Math.max(0, i - window); j <= to; j++) {
      if (usedB[j] === 0 && b.charCodeAt(j) === c) {
        usedB[j] = 1;
        matchedA[m++] = i;
        break;
      }
    }
  }
  if (m === 0) return 0;
  let k = 0;
  let halfTranspositions = 0;
  for (let n = 0; n < m; n++) {
    while (usedB[k] === 0) k++;
    if (a.charCodeAt(matchedA[n] as number) !== b.charCodeAt(k)) halfTranspositions++;
    k++;
  }
  return (m / la + m / lb + (m - halfTranspositions / 2) / m) / 3;
}

/** Jaro-Winkler: Jaro with a bonus for a common prefix of up to four characters. */
export function jaroWinkler(a: string, b: string): number {
  const j = jaro(a, b);
  let prefix = 0;
  while (prefix < 4 && prefix < a.length && prefix < b.length && a[prefix] === b[prefix]) prefix++;
  return j + prefix * 0.1 * (1 - j);
}

/** a[from…] equals b[from + shift…] to the end (no substrings are built). */
function sameTail(a: string, from: number, b: string, shift: number): boolean {
  if (a.length - from !== b.length - from - shift) return false;
  for (let k = from; k < a.length; k++) if (a.charCodeAt(k) !== b.charCodeAt(k + shift)) return false;
  return true;
}

/**
 * True when b can be made from a by at most one insertion, deletion, substitution or swap of
 * two neighbouring characters: the usual single keying error.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  if (a.length < b.length) return withinOneEdit(b, a);
  if (a.length - b.length > 1) return false;
  let i = 0;
  while (i < b.length && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (a.length > b.length) return sameTail(a, i + 1, b, -1);
  if (sameTail(a, i + 1, b, 0)) return true;
  return a[i] === b[i + 1] && a[i + 1] === b[i] && sameTail(a, i + 2, b, 0);
}
