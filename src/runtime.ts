import { pino } from 'pino';
import type { Config } from './config.js';
import type { Deps } from './context.js';
import { systemClock, type Clock } from './platform/clock.js';
import { systemIds, type IdSource } from './platform/ids.js';
import { loggerOptions } from './platform/logging.js';
import { openKeys } from './keys/service.js';
import { createServices, type Services } from './services.js';
import { migrateToLatest } from './store/migrate.js';
import { openStore } from './store/store.js';

export interface Runtime {
  deps: Deps;
  services: Services;
  close(): Promise<void>;
}

export interface RuntimeOptions {
  clock?: Clock;
  ids?: IdSource;
  /** Logs go here instead of standard output (tests pass a stream they can read). */
  logStream?: NodeJS.WritableStream;
}

/**
 * Opens the store, brings its schema up to date, loads the keys and the shipped gazetteer:
 * everything a server, a command or a test needs before it can do anything.
 */
export async function openRuntime(config: Config, options: RuntimeOptions = {}): Promise<Runtime> {
  const clock = options.clock ?? systemClock;
  const ids = options.ids ?? systemIds(clock);
  const log = options.logStream ? pino(loggerOptions(config.logLevel), options.logStream) : pino(loggerOptions(config.logLevel));
  const store = openStore(config.database);
  try {
    await migrateToLatest(store);
    const keys = await openKeys(store, config.keys, clock, log);
    const deps: Deps = { config, store, clock, ids, log, keys };
    const services = createServices(deps);
    await services.places.syncGazetteer();
    await services.access.sealLegacyTotpSecrets();
    return {
      deps,
      services,
      close: async () => {
        keys.close();
        await store.close();
      },
    };
  } catch (e) {
    await store.close();
    throw e;
  }
}
