/**
 * The benchmark goals as tests, on smaller samples so the suite stays quick: FEBRL 4 linkage, and
 * cross-script duplicates from the generator (with a seed the benchmark script does not use).
 */
import { describe, expect, it } from 'vitest';
import { generateCrossScript, truePairsOf } from '../../bench/crossscript-generator.js';
import { evaluatePairs } from '../../bench/evaluation.js';
import { FEBRL_BLOCKING_RULES } from '../../bench/febrl-config.js';
import { readFebrl, truePairs } from '../../bench/febrl-data.js';
import { dedupe, link } from '../../src/matching/core/index.js';

describe('benchmarks', () => {
  it('FEBRL 4: F1 ≥ 0.99', () => {
    const left = readFebrl('dataset4a.csv');
    const right = readFebrl('dataset4b.csv');
    const result = link(left, right, { blockingRules: FEBRL_BLOCKING_RULES });
    const quality = evaluatePairs(result.pairs.map((p) => [p.idA, p.idB] as const), truePairs(left, right));
    expect(quality.f1).toBeGreaterThanOrEqual(0.99);
  });

  it('cross-script duplicates: precision ≥ 0.97 and F1 ≥ 0.95', () => {
    const data = generateCrossScript({ households: 600, seed: 2024 });
    const result = dedupe(data.records);
    const quality = evaluatePairs(result.pairs.map((p) => [p.idA, p.idB] as const), truePairsOf(data));
    expect(quality.precision).toBeGreaterThanOrEqual(0.97);
    expect(quality.f1).toBeGreaterThanOrEqual(0.95);
  });

  it('the generator is reproducible from its seed and uses every channel', () => {
    const a = generateCrossScript({ households: 50, seed: 9 });
    const b = generateCrossScript({ households: 50, seed: 9 });
    expect(a.records).toEqual(b.records);
    const channels = new Set([...generateCrossScript({ households: 400, seed: 9 }).meta.values()].map((m) => m.channel));
    expect(channels.size).toBe(11);
  });
});
