import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Keys } from './keys/service.js';
import type { Clock } from './platform/clock.js';
import type { IdSource } from './platform/ids.js';
import type { Store } from './store/store.js';

/** What every service is built from: configuration, the store, the keys, and injected time and ids. */
export interface Deps {
  config: Config;
  store: Store;
  clock: Clock;
  ids: IdSource;
  log: Logger;
  /** Encryption of special categories at rest and the server's signing key. */
  keys: Keys;
}
