import type { Signer } from '../keys/signing.js';
import { parseReference } from '../registration/core/reference.js';
import { composeReceipt, initials, parseReceipt, receiptMinute, signedPart, type ReceiptFacts } from './core/receipt.js';

export interface ReceiptHolder {
  givenName: string;
  familyName: string;
  birthDate: string | null;
}

export type ReceiptVerdict = ({ genuine: true } & ReceiptFacts & { keyId: string }) | { genuine: false };

/** Receipts signed with the server's Ed25519 key, and their check (the same check a browser makes offline). */
export function createReceipts(signer: Signer) {
  return {
    /** The signed payload for an application received at `receivedAt` (ISO). Ed25519 is deterministic: the same facts give the same payload. */
    issue(reference: string, receivedAt: string, holder: ReceiptHolder): string {
      const facts: ReceiptFacts = {
        reference,
        issuedAt: receiptMinute(receivedAt),
        holder: initials(holder.givenName, holder.familyName),
        birthYear: holder.birthDate?.slice(0, 4) ?? '',
      };
      const signed = signedPart(facts, signer.keyId);
      return composeReceipt(signed, signer.sign(Buffer.from(signed, 'utf8')));
    },

    verify(payload: string): ReceiptVerdict {
      const parsed = parseReceipt(payload);
      if (!parsed || parseReference(parsed.reference) !== parsed.reference) return { genuine: false };
      if (!signer.verify(parsed.keyId, Buffer.from(parsed.signed, 'utf8'), Buffer.from(parsed.signature))) return { genuine: false };
      const { reference, issuedAt, holder, birthYear, keyId } = parsed;
      return { genuine: true, reference, issuedAt, holder, birthYear, keyId };
    },

    publicKeys: () => signer.publicKeys().map((k) => ({ id: k.id, algorithm: 'Ed25519' as const, publicKey: k.publicKey, createdAt: k.createdAt })),
  };
}

export type Receipts = ReturnType<typeof createReceipts>;
