/**
 * The signed payload of a resident's receipt, the text its QR code holds:
 *
 *   HW1|K7M-4XT-9PR|2026-01-10T09:15Z|Ա. Հ.|1961|<key id>|<Ed25519 signature, base64url>
 *
 * Everything before the last '|' is signed. It names the application by its reference and says
 * when it was received and, so that a checker can tell the receipt belongs to the person showing
 * it without the receipt exposing them, only the holder's initials and year of birth. Anyone with
 * the published public key can check it with no connection (Ed25519 is in WebCrypto).
 */
export const receiptVersion = 'HW1';

export interface ReceiptFacts {
  reference: string;
  /** When the application was received, to the minute (UTC): 2026-01-10T09:15Z. */
  issuedAt: string;
  /** Initials of the given and family names, in the script they were written in. */
  holder: string;
  birthYear: string;
}

export interface ParsedReceipt extends ReceiptFacts {
  keyId: string;
  signed: string;
  signature: Uint8Array<ArrayBuffer>;
}

const separator = '|';

/** The minute an application was received, as a receipt says it. */
export const receiptMinute = (iso: string) => `${iso.slice(0, 16)}Z`;

/** "Արամ Հովհաննիսյան" → "Ա. Հ.": the first letter of each name, whatever the script. */
export function initials(givenName: string, familyName: string): string {
  const first = (name: string) => [...name.trim()][0]?.toLocaleUpperCase() ?? '';
  return [givenName, familyName].map((n) => `${first(n)}.`).join(' ');
}

/** The text that is signed: every field but the signature. */
export function signedPart(facts: ReceiptFacts, keyId: string): string {
  return [receiptVersion, facts.reference, facts.issuedAt, facts.holder, facts.birthYear, keyId].join(separator);
}

export const composeReceipt = (signed: string, signature: Uint8Array) => `${signed}${separator}${base64url(signature)}`;

/** The fields of a payload, or undefined when it is not a receipt of this format at all. */
export function parseReceipt(payload: string): ParsedReceipt | undefined {
  const text = payload.trim();
  const cut = text.lastIndexOf(separator);
  if (cut < 0) return undefined;
  const fields = text.slice(0, cut).split(separator);
  if (fields.length !== 6 || fields[0] !== receiptVersion) return undefined;
  const [, reference, issuedAt, holder, birthYear, keyId] = fields as [string, string, string, string, string, string];
  const signature = fromBase64url(text.slice(cut + 1));
  if (!signature || signature.length !== 64) return undefined;
  return { reference, issuedAt, holder, birthYear, keyId, signed: text.slice(0, cut), signature };
}

function base64url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(text)) return undefined;
  try {
    return Uint8Array.from(atob(text.replace(/-/g, '+').replace(/_/g, '/')), (c) => c.charCodeAt(0));
  } catch {
    return undefined;
  }
}
