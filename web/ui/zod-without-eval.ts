import { config } from 'zod';

/**
 * zod compiles object parsers with new Function() unless told not to, when a schema is built. The
 * console's Content-Security-Policy forbids eval and the console does not ask for an exception,
 * so every chunk that builds zod schemas imports this module before any schema module.
 */
config({ jitless: true });
