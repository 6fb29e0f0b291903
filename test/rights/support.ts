import { randomBytes, randomInt } from 'node:crypto';
import { sql } from 'kysely';
import type { TestApp } from '../support/harness.js';

/** A person whose every typed value is a unique canary string, and the list of those strings. */
export function canaryPerson(label: string) {
  const tag = randomBytes(5).toString('hex').toUpperCase();
  const c = (field: string) => `CANARY${label}${field}${tag}`;
  const phone = `+37497${String(randomInt(100000, 999999))}`;
  const person = {
    givenName: c('GIVEN'),
    patronymic: c('PATRONYMIC'),
    familyName: c('FAMILY'),
    sex: 'female',
    birthDate: '1979-04-11',
    birthPlace: { text: c('BIRTHPLACE') },
    residence: { text: c('RESIDENCE') },
    phones: [phone],
    email: `${c('MAIL').toLowerCase()}@example.org`,
    documents: [{ type: 'other', number: c('DOC') }],
    language: 'ru',
    notifyBy: 'sms',
  };
  return { person, canaries: [person.givenName, person.patronymic, person.familyName, person.birthPlace.text, person.residence.text, phone, person.email, c('DOC')], c };
}

/** Every row of every table, as text: what anyone reading the whole database through SQL sees. */
export async function everyTable(t: TestApp): Promise<Record<string, string>> {
  const { store } = t.runtime.deps;
  const tables =
    store.dialect === 'sqlite'
      ? (await sql<{ name: string }>`select name from sqlite_master where type = 'table' and name not like 'sqlite_%'`.execute(store.db)).rows.map((r) => r.name)
      : (await sql<{ name: string }>`select tablename as name from pg_tables where schemaname = current_schema()`.execute(store.db)).rows.map((r) => r.name);
  const out: Record<string, string> = {};
  for (const table of tables) {
    const rows = (await sql`select * from ${sql.table(table)}`.execute(store.db)).rows;
    out[table] = JSON.stringify(rows, (_k, v: unknown) => (v instanceof Uint8Array ? Buffer.from(v).toString('latin1') : v));
  }
  return out;
}

/** Which of the needles the haystack holds (strings, or bytes read as UTF-8). */
export const found = (needles: readonly string[], haystack: string | Buffer) =>
  needles.filter((n) => (typeof haystack === 'string' ? haystack.includes(n) : haystack.includes(Buffer.from(n, 'utf8'))));

/** The tables (or files) holding any of the needles, with which. */
export function whereFound(needles: readonly string[], texts: Record<string, string | Buffer>) {
  return Object.fromEntries(Object.entries(texts).flatMap(([name, text]) => {
    const hits = found(needles, text);
    return hits.length ? [[name, hits]] : [];
  }));
}
