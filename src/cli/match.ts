import fs from 'node:fs';
import { parse } from 'csv-parse';
import type { Config } from '../config.js';
import { dedupe, link, type MatchRecord, type Progress } from '../matching/core/index.js';
import { agreements } from '../matching/records.js';
import { createRegistryWalks } from '../matching/registry.js';
import { scoreMany } from '../matching/core/index.js';
import { systemActor } from '../platform/actor.js';
import { openRuntime } from '../runtime.js';
import { progressLine } from './progress.js';

const columns = ['id', 'given_name', 'patronymic', 'family_name', 'sex', 'birth_date', 'birth_place', 'phone', 'document_number'] as const;

/** A partner's list: UTF-8 CSV with a header naming some of the known columns, names in any script. */
async function readList(file: string): Promise<MatchRecord[]> {
  const out: MatchRecord[] = [];
  const parser = fs.createReadStream(file).pipe(parse({ columns: (h: string[]) => h.map((c) => c.trim().toLowerCase()), bom: true, trim: true, skip_empty_lines: true }));
  let line = 1;
  for await (const row of parser as AsyncIterable<Record<string, string>>) {
    line++;
    const v = (c: (typeof columns)[number]) => row[c] || undefined;
    const sex = v('sex');
    out.push({
      id: v('id') ?? `line-${line}`,
      ...(v('given_name') ? { givenName: v('given_name')! } : {}),
      ...(v('patronymic') ? { patronymic: v('patronymic')! } : {}),
      ...(v('family_name') ? { familyName: v('family_name')! } : {}),
      ...(sex === 'male' || sex === 'female' || sex === 'other' ? { sex } : {}),
      ...(v('birth_date') ? { birthDate: v('birth_date')! } : {}),
      ...(v('birth_place') ? { birthPlace: v('birth_place')! } : {}),
      ...(v('phone') ? { phone: v('phone')! } : {}),
      ...(v('document_number') ? { documentNumber: v('document_number')! } : {}),
    });
  }
  return out;
}

function phaseProgress() {
  let bar: ReturnType<typeof progressLine> | undefined;
  let phase = '';
  return {
    onProgress(p: Progress) {
      if (p.phase !== phase) {
        bar?.done();
        phase = p.phase;
        bar = progressLine(p.phase, p.total);
      }
      bar?.update(p.done);
    },
    done: () => bar?.done(),
  };
}

/**
 * `homeward match FILE.csv`: the pairs of the list that are one person (or, with
 * --against-registry, the list's people found in the registry), as `id_a,id_b,score` lines.
 */
export async function match(config: Config, file: string, options: { threshold?: number; againstRegistry?: boolean; out?: string }) {
  const list = await readList(file);
  const progress = phaseProgress();
  const batch = { ...(options.threshold !== undefined ? { threshold: options.threshold } : {}), onProgress: progress.onProgress };
  let pairs;
  if (options.againstRegistry) {
    const runtime = await openRuntime({ ...config, logLevel: 'warn' });
    try {
      const registry = await createRegistryWalks(runtime.deps, runtime.services.people).records(progress.onProgress);
      pairs = link(list, registry, batch).pairs;
    } finally {
      await runtime.close();
    }
  } else {
    pairs = dedupe(list, batch).pairs;
  }
  progress.done();
  const out = options.out ? fs.createWriteStream(options.out) : process.stdout;
  out.write('id_a,id_b,score\n');
  for (const p of pairs) out.write(`${csvCell(p.idA)},${csvCell(p.idB)},${p.score.toFixed(4)}\n`);
  if (options.out) await new Promise((resolve) => (out as fs.WriteStream).end(resolve));
  process.stderr.write(`${pairs.length} pairs from ${list.length} records.\n`);
}

const csvCell = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);

/** `homeward dedup`: clusters of one person across the whole registry, recorded for review. */
export async function dedupRegistry(config: Config, options: { threshold?: number }) {
  const runtime = await openRuntime({ ...config, logLevel: 'warn' });
  try {
    const progress = phaseProgress();
    const records = await createRegistryWalks(runtime.deps, runtime.services.people).records(progress.onProgress);
    const result = dedupe(records, { ...(options.threshold !== undefined ? { threshold: options.threshold } : {}), onProgress: progress.onProgress });
    progress.done();
    const byId = new Map(records.map((r) => [r.id, r]));
    let recorded = 0;
    for (const p of result.pairs) {
      const [later, earlier] = p.idA > p.idB ? [p.idA, p.idB] : [p.idB, p.idA];
      const [score] = scoreMany(byId.get(later)!, [byId.get(earlier)!], result.model);
      await runtime.deps.store.transaction((trx) => runtime.services.duplicates.record(trx, later, null, [{ candidateId: earlier, probability: p.score, weight: p.weight, fields: agreements(score!.fields) }]));
      recorded++;
    }
    await runtime.services.audit.recordReads({ actor: systemActor, action: 'dedup', detail: { records: records.length, pairs: recorded } });
    process.stdout.write(`${result.clusters.length} clusters, ${recorded} pairs recorded for review among ${records.length} people.\n`);
  } finally {
    await runtime.close();
  }
}

/** `homeward match-keys rebuild`: every person's lookup keys anew, after the normaliser changed. */
export async function rebuildMatchKeys(config: Config) {
  const runtime = await openRuntime({ ...config, logLevel: 'warn' });
  try {
    const total = await runtime.services.people.count();
    const bar = progressLine('people', total);
    const done = await createRegistryWalks(runtime.deps, runtime.services.people).rebuildKeys((n) => bar.update(n));
    bar.done();
    process.stdout.write(`Rebuilt the lookup keys of ${done} people.\n`);
  } finally {
    await runtime.close();
  }
}
