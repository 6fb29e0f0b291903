import Fastify from 'fastify';
import { sql } from 'kysely';
import { z } from 'zod';
import { openStore } from '../src/store/store.js';

/**
 * The yardstick for the intake figure: the least a durable, validated write over HTTP can cost on
 * this machine — one zod-validated JSON body, one row inserted through the same store layer
 * (SQLite with synchronous=FULL, or PostgreSQL), one committed transaction.
 */
const store = openStore(
  process.env.DATABASE_URL
    ? { kind: 'postgres', url: process.env.DATABASE_URL, pool: 20 }
    : { kind: 'sqlite', file: `${process.env.HOMEWARD_DATA_DIR}/baseline.sqlite` },
);
await sql`create table if not exists bench_rows (id text primary key, name text not null, birth_date text not null, created_at text not null)`.execute(store.writer);

const Body = z.strictObject({ name: z.string().min(1).max(100), birthDate: z.string().regex(/^\d{4}-\d{2}-\d{2}$/) });
let n = 0;
const app = Fastify();
app.post('/rows', async (req, reply) => {
  const body = Body.parse(req.body);
  const id = `${process.pid}-${++n}-${Date.now()}`;
  await store.transaction((trx) =>
    trx.insertInto('bench_rows').values({ id, name: body.name, birth_date: body.birthDate, created_at: new Date().toISOString() }).execute(),
  );
  reply.code(201);
  return { id };
});
app.get('/health', async () => ({ status: 'ok' }));
await app.listen({ port: Number(process.env.PORT), host: '127.0.0.1' });
