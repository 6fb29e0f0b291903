import { ConfigError, loadConfig } from './config.js';
import { serve } from './cli/serve.js';

/** `npm start`: serve everything on the configured store. */
serve(loadConfig()).catch((e: unknown) => {
  process.stderr.write(`${e instanceof ConfigError ? e.message : `Homeward could not start: ${(e as Error)?.message ?? e}`}\n`);
  process.exit(1);
});
