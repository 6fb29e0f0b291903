/**
 * Reference numbers that people read over the phone and copy by hand: nine characters in three
 * groups (K7M-4XT-9PR), the last being a check character.
 *
 * The alphabet leaves out every character that is easily taken for another: the digits 0 and 1,
 * and the letters that look like digits or like each other (B D G I L O Q S U V Z). What
 * remains has 23 symbols, a prime, so a weighted sum modulo 23
 * with distinct non-zero weights detects every single wrong character and every swap of two
 * neighbouring characters: a wrong character changes the sum by w·Δ, a swap by (wᵢ − wᵢ₊₁)·Δ,
 * and neither is a multiple of 23 when Δ is not zero.
 */
export const referenceAlphabet = '23456789ACEFHJKMNPRTWXY';

const size = referenceAlphabet.length;
const dataLength = 8;
/** Weight of position i: 2…9 for the data, 1 for the check character. */
const weight = (i: number) => (i < dataLength ? i + 2 : 1);

const valueOf = new Map([...referenceAlphabet].map((ch, i) => [ch, i]));

function checkCharacter(data: string): string {
  let sum = 0;
  for (let i = 0; i < data.length; i++) sum += weight(i) * valueOf.get(data[i]!)!;
  return referenceAlphabet[(size - (sum % size)) % size]!;
}

/** A new reference from random bytes (rejection sampling keeps every symbol equally likely). */
export function makeReference(randomBytes: (n: number) => Uint8Array): string {
  const limit = 256 - (256 % size);
  let data = '';
  while (data.length < dataLength) {
    for (const b of randomBytes(dataLength * 2)) {
      if (b < limit && data.length < dataLength) data += referenceAlphabet[b % size];
    }
  }
  return format(data + checkCharacter(data));
}

const format = (raw: string) => `${raw.slice(0, 3)}-${raw.slice(3, 6)}-${raw.slice(6, 9)}`;

// What people type for characters the alphabet leaves out.
const lookAlikes: Record<string, string> = { B: '8', S: '5', Z: '2', G: '6' };

/**
 * The canonical form of a typed reference (case, spaces, dashes and look-alikes forgiven), or
 * undefined when it is not a valid reference: wrong length, foreign character or wrong check.
 */
export function parseReference(typed: string): string | undefined {
  const raw = [...typed.toUpperCase().replace(/[\s-]+/g, '')].map((ch) => lookAlikes[ch] ?? ch).join('');
  if (raw.length !== dataLength + 1 || [...raw].some((ch) => !valueOf.has(ch))) return undefined;
  return checkCharacter(raw.slice(0, dataLength)) === raw[dataLength] ? format(raw) : undefined;
}
