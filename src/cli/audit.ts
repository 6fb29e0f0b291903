import fs from 'node:fs';
import type { Config } from '../config.js';
import { SignedCheckpoint } from '../audit/core/checkpoint.js';
import type { TrailReport } from '../audit/core/verify.js';
import { openRuntime } from '../runtime.js';
import { progressLine } from './progress.js';

const n = (v: number) => v.toLocaleString('en');

function describe(report: TrailReport, seconds: number): string {
  const lines = [
    `Audit trail: ${n(report.entries)} entries in ${n(report.blocks)} blocks, ${n(report.checkpoints)} signed checkpoints (read in ${seconds.toFixed(1)} s).`,
    `Proven by a signed checkpoint: ${n(report.signedEntries)} entries. Not sealed yet: ${n(report.pending)}.`,
  ];
  if (report.ok) return [...lines, 'OK: the trail is consistent.', ''].join('\n');
  lines.push(`TAMPERED: ${report.problems.length} problem(s)${report.firstBadPosition ? `; first bad position ${n(report.firstBadPosition)}` : ''}.`);
  for (const p of report.problems.slice(0, 20)) {
    lines.push(`  ${p.kind}${p.position !== undefined ? ` at position ${n(p.position)}` : ''}${p.block !== undefined ? `, block ${n(p.block)}` : ''}${p.seq !== undefined ? `, entry ${n(p.seq)}` : ''}`);
  }
  if (report.problems.length > 20) lines.push(`  … and ${report.problems.length - 20} more`);
  return [...lines, ''].join('\n');
}

/** `homeward audit verify`: proves the whole trail consistent, or names the first bad position (exit 1). */
export async function verifyAudit(config: Config, options: { witness?: string; json?: boolean }) {
  const witness = options.witness ? SignedCheckpoint.parse(JSON.parse(fs.readFileSync(options.witness, 'utf8'))) : undefined;
  const runtime = await openRuntime({ ...config, logLevel: 'warn' });
  try {
    const trail = runtime.services.auditTrail;
    const progress = progressLine('entries', Math.max(1, await trail.sealedEntries()));
    const started = performance.now();
    const report = await trail.verify(witness, (entries) => progress.update(entries));
    progress.done();
    process.stdout.write(options.json ? `${JSON.stringify(report)}\n` : describe(report, (performance.now() - started) / 1000));
    if (!report.ok) process.exitCode = 1;
  } finally {
    await runtime.close();
  }
}

/** `homeward audit checkpoint`: the newest signed checkpoint, to keep outside the database as a witness. */
export async function exportCheckpoint(config: Config) {
  const runtime = await openRuntime({ ...config, logLevel: 'warn' });
  try {
    const checkpoint = await runtime.services.auditTrail.latestCheckpoint();
    if (!checkpoint) throw new Error('No checkpoint yet: the trail has not been sealed (run `homeward audit seal`).');
    process.stdout.write(`${JSON.stringify(checkpoint, null, 2)}\n`);
  } finally {
    await runtime.close();
  }
}

/** `homeward audit seal`: seals every pending entry now and signs a checkpoint (servers do this on their own). */
export async function sealAudit(config: Config) {
  const runtime = await openRuntime({ ...config, logLevel: 'warn' });
  try {
    const sealed = await runtime.services.auditTrail.sealer.sealAll();
    process.stdout.write(`Sealed ${n(sealed)} entries and signed a checkpoint of the trail.\n`);
  } finally {
    await runtime.close();
  }
}
