import type { Deps } from '../context.js';
import type { Executor } from '../store/store.js';
import { accessStore } from './store.js';

/**
 * A step that takes two requests — a TOTP enrolment (secret shown, then a code from it), a
 * WebAuthn registration or authentication (challenge, then the signed answer) — is kept on the
 * session that began it: an answer is checked only against that session's own challenge, a new
 * beginning replaces the old one, and a challenge is spent by the first answer.
 */
export type Ceremony =
  | { kind: 'totp-enrolment'; sealedSecret: string; expiresAt: string }
  | { kind: 'passkey-registration'; challenge: string; expiresAt: string }
  | { kind: 'passkey-authentication'; challenge: string; expiresAt: string };

/** A ceremony as begun: its time limit is added when it is stored. */
export type CeremonyStart = Ceremony extends infer C ? (C extends Ceremony ? Omit<C, 'expiresAt'> : never) : never;

/** How long the second request may take: time to scan a QR code and read a code, or to touch a key. */
export const ceremonyMs: Record<Ceremony['kind'], number> = {
  'totp-enrolment': 10 * 60_000,
  'passkey-registration': 5 * 60_000,
  'passkey-authentication': 5 * 60_000,
};

export function createCeremonies({ store, clock }: Pick<Deps, 'store' | 'clock'>) {
  return {
    async begin(sessionId: string, ceremony: CeremonyStart) {
      const expiresAt = new Date(clock.now().getTime() + ceremonyMs[ceremony.kind]).toISOString();
      await store.transaction((trx) => accessStore.setCeremony(trx, sessionId, JSON.stringify({ ...ceremony, expiresAt })));
    },

    /** The session's ceremony of this kind, still in time, with its stored form (to take it), or undefined. */
    async current<K extends Ceremony['kind']>(sessionId: string, kind: K) {
      const raw = await accessStore.ceremony(store.db, sessionId);
      if (!raw) return undefined;
      const ceremony = JSON.parse(raw) as Ceremony;
      if (ceremony.kind !== kind || clock.now().getTime() >= new Date(ceremony.expiresAt).getTime()) return undefined;
      return { ceremony: ceremony as Extract<Ceremony, { kind: K }>, raw };
    },

    /** Spends the ceremony in the caller's transaction; false when another request spent it first. */
    take: (trx: Executor, sessionId: string, raw: string) => accessStore.takeCeremony(trx, sessionId, raw),
  };
}

export type Ceremonies = ReturnType<typeof createCeremonies>;
