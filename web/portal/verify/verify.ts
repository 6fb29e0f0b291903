import { parseReceipt } from '../../../src/portal/core/receipt.js';

const keysUrl = '/.well-known/homeward-receipt-keys.json';
const storedKeys = 'homeward.portal.receipt-keys';

interface PublishedKey {
  id: string;
  publicKey: string;
}

export type Verdict = { genuine: true; reference: string; issuedAt: string; holder: string; birthYear: string } | { genuine: false } | { unknownKey: true };

/** The published keys: fetched when there is a connection, remembered on the phone for when there is not. */
async function keys(): Promise<PublishedKey[]> {
  try {
    const res = await fetch(keysUrl);
    if (res.ok) {
      const body = (await res.json()) as { keys: PublishedKey[] };
      localStorage.setItem(storedKeys, JSON.stringify(body.keys));
      return body.keys;
    }
  } catch {
    // Offline: the remembered keys decide.
  }
  return JSON.parse(localStorage.getItem(storedKeys) ?? '[]') as PublishedKey[];
}

/** Learns the keys as soon as the page opens, so a check made later without signal can still be made. */
export const rememberKeys = () => void keys();

/**
 * Checks a receipt on the phone: the Ed25519 signature against Homeward's published key, with
 * WebCrypto. No request about the receipt leaves the phone, so checking tells the server nothing.
 */
export async function verifyReceipt(payload: string): Promise<Verdict> {
  const parsed = parseReceipt(payload);
  if (!parsed) return { genuine: false };
  const key = (await keys()).find((k) => k.id === parsed.keyId);
  if (!key) return (await keys()).length ? { genuine: false } : { unknownKey: true };
  const raw = Uint8Array.from(atob(key.publicKey), (c) => c.charCodeAt(0));
  const cryptoKey = await crypto.subtle.importKey('raw', raw, { name: 'Ed25519' }, false, ['verify']);
  const ok = await crypto.subtle.verify('Ed25519', cryptoKey, parsed.signature, new TextEncoder().encode(parsed.signed));
  if (!ok) return { genuine: false };
  const { reference, issuedAt, holder, birthYear } = parsed;
  return { genuine: true, reference, issuedAt, holder, birthYear };
}
