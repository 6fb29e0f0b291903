/**
 * Cross-script duplicate detection on generated registrations (crossscript-generator.ts):
 * precision, recall and F1 overall, recall per variation class, and the false positives by how
 * the two people are related (twins, same name across generations, spouses…).
 *   npx tsx bench/matching-crossscript.ts [households] [seed]
 */
import { dedupe } from '../src/matching/core/index.js';
import { type CrossScriptData, generateCrossScript, pairTags, truePairsOf } from './crossscript-generator.js';
import { relationship } from './crossscript/population.js';
import { evaluatePairs, formatQuality, pairKey, pairsOfClusters, quality } from './evaluation.js';
import { machineLine } from './lib/machine.js';

const households = Number(process.argv[2] ?? 4000);
const seed = Number(process.argv[3] ?? 11);

function recallByTag(data: CrossScriptData, truth: ReadonlySet<string>, found: ReadonlySet<string>): Map<string, [number, number]> {
  const byTag = new Map<string, [number, number]>();
  for (const key of truth) {
    const [a, b] = key.split('\u0000') as [string, string];
    for (const tag of pairTags(data, a, b)) {
      const entry = byTag.get(tag) ?? [0, 0];
      entry[1]++;
      if (found.has(key)) entry[0]++;
      byTag.set(tag, entry);
    }
  }
  return byTag;
}

function falsePositivesByRelationship(data: CrossScriptData, found: Iterable<string>, truth: ReadonlySet<string>): Map<string, number> {
  const counts = new Map<string, number>();
  for (const key of found) {
    if (truth.has(key)) continue;
    const [a, b] = key.split('\u0000') as [string, string];
    const p = data.persons.get(data.meta.get(a)?.personId ?? '');
    const q = data.persons.get(data.meta.get(b)?.personId ?? '');
    const label = p && q ? relationship(p, q) : 'unknown';
    counts.set(label, (counts.get(label) ?? 0) + 1);
  }
  return counts;
}

/** Record pairs of relatives the matcher must keep apart, by relationship. */
function hardNegatives(data: CrossScriptData): Map<string, number> {
  const byHousehold = new Map<string, string[]>();
  for (const [id, { personId }] of data.meta) {
    const household = data.persons.get(personId)?.householdId ?? '';
    byHousehold.set(household, [...(byHousehold.get(household) ?? []), id]);
  }
  const counts = new Map<string, number>();
  for (const ids of byHousehold.values()) {
    for (let x = 0; x < ids.length; x++) {
      for (let y = x + 1; y < ids.length; y++) {
        const p = data.persons.get(data.meta.get(ids[x]!)?.personId ?? '');
        const q = data.persons.get(data.meta.get(ids[y]!)?.personId ?? '');
        if (!p || !q || p === q) continue;
        const label = relationship(p, q) === 'spouses' && p.phone === q.phone ? 'spouses sharing a phone' : relationship(p, q);
        counts.set(label, (counts.get(label) ?? 0) + 1);
      }
    }
  }
  return counts;
}

const data = generateCrossScript({ households, seed });
const truth = truePairsOf(data);
const started = performance.now();
const result = dedupe(data.records);
const seconds = (performance.now() - started) / 1000;
const found = new Set(result.pairs.map((p) => pairKey(p.idA, p.idB)));
const clusterPairs = new Set([...pairsOfClusters(result.clusters)].map(([a, b]) => pairKey(a, b)));

console.log(machineLine());
console.log(`records ${data.records.length}, people ${data.persons.size}, true pairs ${truth.size}, seed ${seed}`);
console.log(`dedupe: ${seconds.toFixed(2)} s, ${result.stats.candidatePairs} candidate pairs, ${result.stats.guardedPairs} pairs stopped by guards, threshold ${result.model.threshold}`);
console.log(`pairs     ${formatQuality(evaluatePairs([...found].map((k) => k.split('\u0000') as [string, string]), truth))}`);
console.log(`clusters  ${formatQuality(evaluatePairs([...clusterPairs].map((k) => k.split('\u0000') as [string, string]), truth))}`);
console.log('\nrecall by variation class (pairs):');
for (const [tag, [hit, total]] of [...recallByTag(data, truth, found)].sort((x, y) => x[0].localeCompare(y[0]))) {
  const q = quality({ truePositives: hit, falsePositives: 0, falseNegatives: total - hit });
  console.log(`  ${tag.padEnd(36)} ${q.recall.toFixed(4)}  (${hit}/${total})`);
}
console.log('\nrelatives in the data (record pairs of different people in one household):');
for (const [label, n] of hardNegatives(data)) console.log(`  ${label.padEnd(36)} ${n}`);
console.log('\nfalse positives by relationship (pairs):');
for (const [label, n] of falsePositivesByRelationship(data, found, truth)) console.log(`  ${label.padEnd(36)} ${n}`);
