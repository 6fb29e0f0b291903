/**
 * FEBRL 4 linkage (dataset4a × dataset4b) and FEBRL 3 deduplication, at the engine's pre-chosen
 * threshold with an EM-estimated model; blocking rules from febrl-config.ts. Also prints the
 * result with the person-only default rules, to show what the address rules add.
 *   npx tsx bench/matching-febrl.ts
 */
import { type BlockingRule, DEFAULT_BLOCKING_RULES, dedupe, link } from '../src/matching/core/index.js';
import { evaluatePairs, formatQuality, pairsOfClusters } from './evaluation.js';
import { FEBRL_BLOCKING_RULES } from './febrl-config.js';
import { readFebrl, truePairs } from './febrl-data.js';
import { machineLine } from './lib/machine.js';

const seconds = (since: number): string => ((performance.now() - since) / 1000).toFixed(2);

function febrl4(rules: readonly BlockingRule[], label: string): void {
  const left = readFebrl('dataset4a.csv');
  const right = readFebrl('dataset4b.csv');
  const started = performance.now();
  const result = link(left, right, { blockingRules: rules });
  const quality = evaluatePairs(result.pairs.map((p) => [p.idA, p.idB] as const), truePairs(left, right));
  console.log(`FEBRL 4 link ${label} (${left.length} × ${right.length}, ${seconds(started)} s, ${result.stats.candidatePairs} candidate pairs)`);
  console.log(`  ${formatQuality(quality)}`);
}

function febrl3(rules: readonly BlockingRule[], label: string): void {
  const records = readFebrl('dataset3.csv');
  const truth = truePairs(records);
  const started = performance.now();
  const result = dedupe(records, { blockingRules: rules });
  console.log(`FEBRL 3 dedupe ${label} (${records.length} records, ${truth.size} true pairs, ${seconds(started)} s, ${result.stats.candidatePairs} candidate pairs)`);
  console.log(`  pairs     ${formatQuality(evaluatePairs(result.pairs.map((p) => [p.idA, p.idB] as const), truth))}`);
  console.log(`  clusters  ${formatQuality(evaluatePairs(pairsOfClusters(result.clusters), truth))}`);
}

console.log(machineLine());
febrl4(FEBRL_BLOCKING_RULES, 'with address rules');
febrl3(FEBRL_BLOCKING_RULES, 'with address rules');
febrl4(DEFAULT_BLOCKING_RULES, 'default rules only');
febrl3(DEFAULT_BLOCKING_RULES, 'default rules only');
