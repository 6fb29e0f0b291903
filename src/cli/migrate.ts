import type { Config } from '../config.js';
import { migrateToLatest } from '../store/migrate.js';
import { openStore } from '../store/store.js';

export async function migrate(config: Config) {
  const store = openStore(config.database);
  try {
    const applied = await migrateToLatest(store);
    process.stdout.write(applied.length ? `Applied: ${applied.join(', ')}\n` : 'The store is up to date.\n');
  } finally {
    await store.close();
  }
}
