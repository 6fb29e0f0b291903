/**
 * Batch dedupe speed on generated registrations (crossscript-generator.ts), 1,000,000 by default.
 * Only dedupe() is timed — preparing keys, blocking, comparing, estimating the model by EM,
 * scoring and clustering — not the generation of the data.
 *   npx tsx bench/matching-speed.ts [records] [seed]
 */
import { dedupe, type Progress } from '../src/matching/core/index.js';
import { generateCrossScript, truePairsOf } from './crossscript-generator.js';
import { evaluatePairs, formatQuality } from './evaluation.js';
import { machineLine } from './lib/machine.js';

const target = Number(process.argv[2] ?? 1_000_000);
const seed = Number(process.argv[3] ?? 5);
/** about 5.7 registrations per generated household */
const RECORDS_PER_HOUSEHOLD = 5.7;

const data = generateCrossScript({ households: Math.ceil(target / RECORDS_PER_HOUSEHOLD), seed });
const records = data.records.slice(0, target);
const kept = new Set(records.map((r) => r.id));
const truth = new Set([...truePairsOf(data)].filter((key) => key.split('\u0000').every((id) => kept.has(id))));

/** When each phase first reported; blocking and comparing interleave, so they are timed as one. */
const phaseStarted = new Map<string, number>();
const onProgress = ({ phase }: Progress): void => {
  const name = phase === 'block' || phase === 'compare' ? 'block+compare' : phase;
  if (!phaseStarted.has(name)) phaseStarted.set(name, performance.now());
};

const machine = machineLine();
const cpuStarted = process.cpuUsage();
const started = performance.now();
const result = dedupe(records, { onProgress });
const seconds = (performance.now() - started) / 1000;
const cpuSeconds = process.cpuUsage(cpuStarted).user / 1e6;

console.log(machine);
console.log(`records ${records.length}: dedupe ${seconds.toFixed(1)} s wall, ${cpuSeconds.toFixed(1)} s CPU (${((records.length / seconds) | 0).toLocaleString('en')} records/s)`);
console.log(`candidate pairs ${result.stats.candidatePairs}, distinct patterns ${result.stats.patterns}, matched pairs ${result.stats.matchedPairs}, clusters ${result.clusters.length}`);
const starts = [...phaseStarted, ['end', started + seconds * 1000] as const];
const phases = starts.slice(0, -1).map(([phase, at], k) => `${phase} ${(((starts[k + 1]?.[1] ?? at) - at) / 1000).toFixed(1)}`);
console.log(`phases (s, wall): ${phases.join(', ')}`);
console.log(`quality (not timed): ${formatQuality(evaluatePairs(result.pairs.map((p) => [p.idA, p.idB] as const), truth))}`);
console.log(`peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
