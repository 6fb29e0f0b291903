import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Kysely } from 'kysely';
import { systemCaller } from '../src/access/caller.js';
import { loadConfig } from '../src/config.js';
import { SpecialCategoriesInput } from '../src/people/special/schemas.js';
import type { SpecialCategoriesTables } from '../src/people/special/store.js';
import { fieldContext } from '../src/keys/service.js';
import { systemActor } from '../src/platform/actor.js';
import { openRuntime } from '../src/runtime.js';
import { figure, header } from './lib/machine.js';
import { pgDatabase } from './lib/postgres.js';

/**
 * Issue 4, figure 1: what reading a person's special categories adds to fetching the person — the
 * four fields opened (AES-256-GCM) and the read audited (a durable, group-committed insert) —
 * measured in-process, one read at a time, the variants interleaved in one run so that the
 * shared machine's load falls on both alike.
 */
const people = 500;
const rounds = Number(process.env.BENCH_ROUNDS ?? 3000);
const caller = { ...systemCaller({ id: 'bench-doctor', role: 'doctor' }), purpose: 'care' };

const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.95)]!;
const p50 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length * 0.5)]!;

async function measure(kind: 'sqlite' | 'postgres') {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `homeward-bench-trust-read-${kind}-`));
  const env: Record<string, string> = { HOMEWARD_DATA_DIR: dataDir, HOMEWARD_LOG_LEVEL: 'error' };
  if (kind === 'postgres') {
    const url = await pgDatabase('homeward_bench_trust_read');
    if (!url) return figure('read overhead on PostgreSQL', 'skipped: no PostgreSQL');
    env.DATABASE_URL = url;
  }
  const runtime = await openRuntime(loadConfig(env));
  try {
    const { services, deps } = runtime;
    const ids: string[] = [];
    for (let i = 0; i < people; i++) {
      const person = await deps.store.transaction((trx) =>
        services.people.create(trx, systemActor, { givenName: `Aram${i}`, familyName: 'Hovhannisyan', birthDate: '1950', phones: [], documents: [], language: 'hy', patronymic: null, sex: null, birthPlace: null, residence: null, email: null }),
      );
      await services.specialCategories.record(caller, person.id, SpecialCategoriesInput.parse({
        health: { conditions: ['hypertension', 'arthritis'], chronicIllnesses: ['diabetes type 2'], notes: 'insulin twice a day; check feet' },
        disability: { kinds: ['mobility'], notes: 'wheelchair' },
        needs: { livesAlone: true, needsHomeVisits: true },
        location: { latitude: 39.81, longitude: 46.75, description: 'last house past the spring' },
      }), 0);
      ids.push(person.id);
    }
    const db = deps.store.db as Kysely<SpecialCategoriesTables>;
    /** Fetching the person and their sealed row, nothing opened, nothing audited. */
    const fetchOnly = async (id: string) => {
      await services.people.byIds([id]);
      return db.selectFrom('person_special_categories').selectAll().where('person_id', '=', id).executeTakeFirstOrThrow();
    };
    const columns = ['health', 'disability', 'needs', 'location'] as const;
    const rows = new Map(await Promise.all(ids.map(async (id) => [id, await fetchOnly(id)] as const)));
    const variants: Record<string, (id: string) => Promise<unknown>> = {
      fetch: fetchOnly,
      'decrypt 4 fields alone': async (id: string) => {
        const row = rows.get(id)!;
        await Promise.all(columns.map((c) => deps.keys.open(row[c], fieldContext('person_special_categories', c, id))));
      },
      'audit entry alone': (id: string) =>
        services.audit.recordReads({ actor: caller.actor, action: 'read', purpose: 'care', record: { type: 'person', id }, sections: ['special-categories'] }),
      'fetch + read': async (id: string) => {
        await services.people.byIds([id]);
        await services.specialCategories.read(caller, id);
      },
    };
    const times: Record<string, number[]> = Object.fromEntries(Object.keys(variants).map((k) => [k, []]));
    for (let r = 0; r < rounds; r++) {
      for (const [name, run] of Object.entries(variants)) {
        const id = ids[(r * 7) % ids.length]!;
        const t = performance.now();
        await run(id);
        if (r >= 200) times[name]!.push(performance.now() - t);
      }
    }
    const base = times.fetch!;
    const full = times['fetch + read']!;
    figure(`fetch one person on ${kind}`, `p50 ${p50(base).toFixed(3)} ms, p95 ${p95(base).toFixed(3)} ms`);
    figure(`fetch + decrypt 4 fields + audited read on ${kind}`, `p50 ${p50(full).toFixed(3)} ms, p95 ${p95(full).toFixed(3)} ms`);
    const decrypt = times['decrypt 4 fields alone']!;
    const commit = times['audit entry alone']!;
    figure(`  of which: opening the 4 sealed fields (AES-256-GCM) on ${kind}`, `p50 ${p50(decrypt).toFixed(3)} ms, p95 ${p95(decrypt).toFixed(3)} ms`);
    figure(`  of which: one read's audit entry alone (group commit, not waiting for the disk flush) on ${kind}`, `p50 ${p50(commit).toFixed(3)} ms, p95 ${p95(commit).toFixed(3)} ms`);
    figure(`added by decryption and read audit on ${kind}`, `${(p95(full) - p95(base)).toFixed(3)} ms at p95, ${(p50(full) - p50(base)).toFixed(3)} ms at p50`, '≤ 1 ms p95');
  } finally {
    await runtime.close();
    fs.rmSync(dataDir, { recursive: true, force: true });
  }
}

header(`Special-category read overhead (${rounds.toLocaleString('en')} sequential reads per variant, interleaved, in-process)`);
for (const kind of ['sqlite', 'postgres'] as const) await measure(kind);
