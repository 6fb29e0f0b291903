import type { Kysely } from 'kysely';

/**
 * Any query executor: the store's root handle or an open transaction. Each module narrows it to
 * the tables it owns (`Kysely<RegistrationTables>`), so a module cannot reach another's tables.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Executor = Kysely<any>;
