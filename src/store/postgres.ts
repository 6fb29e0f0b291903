import pg from 'pg';

/**
 * A pool whose results look like SQLite's: 64-bit counts and ids come back as numbers and
 * timestamps as ISO strings, so that no code above the store sees which database it runs on.
 */
export function openPostgresPool(url: string, max: number, options: { synchronousCommit?: boolean } = {}): pg.Pool {
  const parsers: Record<number, (v: string) => unknown> = {
    20: (v) => Number(v), // int8
    1700: (v) => Number(v), // numeric
    1184: (v) => new Date(v).toISOString(), // timestamptz
    1114: (v) => new Date(`${v}Z`).toISOString(), // timestamp
    1082: (v) => v, // date
  };
  const pool = new pg.Pool({
    connectionString: url,
    max,
    ...(options.synchronousCommit === false ? { options: '-c synchronous_commit=off' } : {}),
    types: {
      getTypeParser: ((oid: number, format?: string) =>
        parsers[oid] ?? pg.types.getTypeParser(oid, format as 'text')) as typeof pg.types.getTypeParser,
    },
  });
  // An idle connection that the server ends (a restart, a failover) must not bring the process
  // down: the pool drops it and opens another for the next query, which fails or succeeds alone.
  pool.on('error', () => undefined);
  return pool;
}
