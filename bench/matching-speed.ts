/**
 * Batch dedupe speed on generated registrations (crossscript-generator.ts), 1,000,000 by default.
 * Only dedupe() is timed — preparing keys, blocking, comparing, estimating the model by EM,
 * scoring and clustering — not the generation of the data.
 *   npx tsx bench/matching-speed.ts [records] [seed]
 */
import { dedupe, type Progress } from '../src/matching/core/index.js';
import { generateCrossScript } from './crossscript-generator.js';
import { machineLine } from './machine.js';

const target = Number(process.argv[2] ?? 1_000_000);
const seed = Number(process.argv[3] ?? 5);
/** about 5.7 registrations per generated household */
const RECORDS_PER_HOUSEHOLD = 5.7;

const data = generateCrossScript({ households: Math.ceil(target / RECORDS_PER_HOUSEHOLD), seed });
const records = data.records.slice(0, target);

const phaseStarted = new Map<string, number>();
const phaseSeconds = new Map<string, number>();
const onProgress = ({ phase }: Progress): void => {
  const now = performance.now();
  if (!phaseStarted.has(phase)) phaseStarted.set(phase, now);
  phaseSeconds.set(phase, (now - (phaseStarted.get(phase) ?? now)) / 1000);
};

const started = performance.now();
const result = dedupe(records, { onProgress });
const seconds = (performance.now() - started) / 1000;

console.log(machineLine());
console.log(`records ${records.length}: dedupe ${seconds.toFixed(1)} s (${((records.length / seconds) | 0).toLocaleString('en')} records/s)`);
console.log(`candidate pairs ${result.stats.candidatePairs}, distinct patterns ${result.stats.patterns}, matched pairs ${result.stats.matchedPairs}, clusters ${result.clusters.length}`);
console.log(`phases (s): ${[...phaseSeconds].map(([phase, s]) => `${phase} ${s.toFixed(1)}`).join(', ')}`);
console.log(`peak RSS ${(process.memoryUsage().rss / 2 ** 20).toFixed(0)} MiB`);
