import pg from 'pg';
import type { Store } from '../store/store.js';

/**
 * Which node seals. On PostgreSQL, the node holding a session-level advisory lock on a connection
 * of its own: if that node dies its connection closes, the lock is released and another node's
 * next attempt takes over, with no state to hand over (the sealer reads everything it needs from
 * the trail). On SQLite there is one writer at a time anyway: every process may seal, and a block
 * sealed by two at once is refused to the second by its primary key.
 */
export function sealerLeadership(store: Store, url: string | undefined) {
  if (store.dialect !== 'postgres' || !url) return { acquire: async () => true, release: async () => {} };
  let client: pg.Client | undefined;
  let held = false;
  const drop = () => {
    held = false;
    const c = client;
    client = undefined;
    void c?.end().catch(() => {});
  };
  return {
    async acquire(): Promise<boolean> {
      if (held) return true;
      try {
        if (!client) {
          client = new pg.Client({ connectionString: url });
          client.on('error', drop);
          await client.connect();
        }
        const r = await client.query<{ ok: boolean }>(`select pg_try_advisory_lock(hashtext('homeward.audit.sealer')) as ok`);
        held = r.rows[0]!.ok;
        return held;
      } catch {
        drop();
        return false;
      }
    },
    async release() {
      const c = client;
      client = undefined;
      held = false;
      await c?.end().catch(() => {});
    },
  };
}
