import argon2 from 'argon2';

/**
 * argon2id with the OWASP-recommended memory cost (19 MiB, 2 passes). Hashing takes tens of
 * milliseconds on purpose; it runs on libuv's thread pool and does not block requests.
 */
const options = { type: argon2.argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 } as const;

export const hashPassword = (password: string) => argon2.hash(password, options);

export async function verifyPassword(hash: string, password: string): Promise<boolean> {
  try {
    return await argon2.verify(hash, password);
  } catch {
    return false;
  }
}

/** A hash of a random password, verified against when the user does not exist, so timing says nothing. */
let decoy: Promise<string> | undefined;
export const decoyHash = () => (decoy ??= hashPassword('decoy password that nobody has, only for timing'));
