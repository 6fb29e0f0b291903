/**
 * The special categories, each encrypted under a data key of its own: a key can then be rotated,
 * withheld from a service or destroyed for one category without touching the others. Staff
 * credentials (TOTP secrets) are no resident's data but are sealed the same way, under their own key.
 */
export const keyCategories = ['health', 'disability', 'vulnerable-location', 'documents', 'staff-credentials'] as const;
export type KeyCategory = (typeof keyCategories)[number];

/** A data key's id as stored in every ciphertext it made: category and version, e.g. `health/3`. */
export const dataKeyId = (category: KeyCategory, version: number) => `${category}/${version}`;

/** The id under which the master key wraps data keys: a fingerprint, never the key. */
export const masterKeyId = (fingerprint: string) => `master/${fingerprint}`;
