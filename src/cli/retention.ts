import type { Config } from '../config.js';
import { openRuntime } from '../runtime.js';

/**
 * `homeward retention run`: one round of the retention job now (servers run it every hour):
 * finishes interrupted erasures, expires export files, anonymises closed applications past
 * their period unless a legal hold keeps them.
 */
export async function runRetention(config: Config) {
  const runtime = await openRuntime({ ...config, logLevel: 'warn' });
  try {
    const r = await runtime.services.rights.retention.runOnce();
    process.stdout.write(
      `Retention: ${r.anonymised} applications anonymised, ${r.held} kept by a legal hold, ${r.failed} failed (tried again next round), ${r.resumed} interrupted erasures finished, ${r.exportsExpired} export files expired.\n`,
    );
  } finally {
    await runtime.close();
  }
}
