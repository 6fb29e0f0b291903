import pg from 'pg';

export const pgAdminUrl = process.env.HOMEWARD_BENCH_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';

/** A fresh database for a benchmark, or undefined when no PostgreSQL answers. */
export async function pgDatabase(name: string): Promise<string | undefined> {
  const client = new pg.Client({ connectionString: pgAdminUrl });
  try {
    await client.connect();
  } catch {
    return undefined;
  }
  await client.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
  await client.query(`CREATE DATABASE ${name}`);
  await client.end();
  const url = new URL(pgAdminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}
