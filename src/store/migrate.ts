import { Migrator, type Migration, type MigrationResultSet } from 'kysely';
import type { Store } from './store.js';
import { ddlFor } from './ddl.js';
import { migrations } from './migrations/index.js';

function migratorFor(store: Store): Migrator {
  const ddl = ddlFor(store.dialect);
  const provided: Record<string, Migration> = {};
  for (const m of migrations) provided[m.name] = { up: (db) => m.up(db, ddl) };
  return new Migrator({ db: store.writer, provider: { getMigrations: async () => provided } });
}

/** Applies every pending migration; safe to call from several nodes at once (Kysely locks). */
export async function migrateToLatest(store: Store): Promise<string[]> {
  const result: MigrationResultSet = await migratorFor(store).migrateToLatest();
  if (result.error) throw result.error;
  return (result.results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

/** Whether every known migration has been applied: what GET /ready reports. */
export async function migrationsCurrent(store: Store): Promise<boolean> {
  const applied = await migratorFor(store).getMigrations();
  return applied.every((m) => m.executedAt !== undefined);
}
