import {
  generateAuthenticationOptions,
  generateRegistrationOptions,
  verifyAuthenticationResponse,
  verifyRegistrationResponse,
  type AuthenticationResponseJSON,
  type RegistrationResponseJSON,
} from '@simplewebauthn/server';
import type { Config } from '../config.js';

/** EdDSA, ES256 and RS256: what passkeys and security keys in use today sign with. */
const algorithms = [-8, -7, -257];

export interface StoredPasskey {
  credentialId: string;
  publicKey: string;
  signCount: number;
  transports: string[];
}

/**
 * WebAuthn ceremonies (passkeys, security keys) for the site named by HOMEWARD_PUBLIC_URL: the
 * relying party is its host name and answers must come from its origin. User verification (a PIN,
 * a fingerprint) is required, so a passkey alone is already two factors; attestation is not asked
 * for (`none`), since staff may use any authenticator. Signature counters are checked: an answer
 * whose counter did not move past the stored one comes from a cloned authenticator.
 */
export function createWebAuthn(config: Pick<Config, 'publicUrl'>) {
  const url = new URL(config.publicUrl);
  const rpID = url.hostname;
  const expectedOrigin = url.origin;

  return {
    registrationOptions(user: { id: string; username: string; displayName: string }, existing: StoredPasskey[], challenge: Buffer) {
      return generateRegistrationOptions({
        rpName: 'Homeward',
        rpID,
        userName: user.username,
        userID: Uint8Array.from(Buffer.from(user.id)),
        userDisplayName: user.displayName,
        challenge: Uint8Array.from(challenge),
        timeout: 120_000,
        attestationType: 'none',
        excludeCredentials: existing.map((p) => ({ id: p.credentialId, transports: p.transports })),
        authenticatorSelection: { residentKey: 'preferred', userVerification: 'required' },
        supportedAlgorithmIDs: algorithms,
      });
    },

    /** The new credential, or undefined when the answer does not verify. */
    async verifyRegistration(response: RegistrationResponseJSON, expectedChallenge: string): Promise<StoredPasskey | undefined> {
      try {
        const result = await verifyRegistrationResponse({
          response,
          expectedChallenge,
          expectedOrigin,
          expectedRPID: rpID,
          requireUserVerification: true,
          supportedAlgorithmIDs: algorithms,
        });
        if (!result.verified) return undefined;
        const { credential } = result.registrationInfo;
        return {
          credentialId: credential.id,
          publicKey: Buffer.from(credential.publicKey).toString('base64url'),
          signCount: credential.counter,
          transports: credential.transports ?? [],
        };
      } catch {
        // A malformed or forged answer: the caller counts it as a failed attempt.
        return undefined;
      }
    },

    authenticationOptions(passkeys: StoredPasskey[], challenge: Buffer) {
      return generateAuthenticationOptions({
        rpID,
        challenge: Uint8Array.from(challenge),
        timeout: 120_000,
        userVerification: 'required',
        allowCredentials: passkeys.map((p) => ({ id: p.credentialId, transports: p.transports })),
      });
    },

    /** The authenticator's new signature counter, or undefined when the answer does not verify. */
    async verifyAuthentication(response: AuthenticationResponseJSON, expectedChallenge: string, passkey: StoredPasskey): Promise<number | undefined> {
      try {
        const result = await verifyAuthenticationResponse({
          response,
          expectedChallenge,
          expectedOrigin,
          expectedRPID: rpID,
          requireUserVerification: true,
          credential: {
            id: passkey.credentialId,
            publicKey: Uint8Array.from(Buffer.from(passkey.publicKey, 'base64url')),
            counter: passkey.signCount,
            transports: passkey.transports,
          },
        });
        return result.verified ? result.authenticationInfo.newCounter : undefined;
      } catch {
        return undefined;
      }
    },
  };
}

export type WebAuthn = ReturnType<typeof createWebAuthn>;
