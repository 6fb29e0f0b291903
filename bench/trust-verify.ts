import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { buildBlock, emptyTrail, type TrailHead } from '../src/audit/core/block.js';
import type { EntryTuple } from '../src/audit/core/canonical.js';
import { checkpointMessage } from '../src/audit/core/checkpoint.js';
import { loadConfig } from '../src/config.js';
import { projectRoot } from '../src/platform/paths.js';
import { openRuntime } from '../src/runtime.js';
import { figure, header } from './lib/machine.js';
import { ensureBuilt, freshDataDir } from './lib/server.js';

/**
 * Issue 4, figure 2: `homeward audit verify` over ten million entries. The trail is generated
 * straight into a fresh SQLite store (entries, blocks of 10,000 as the sealer makes them, a signed
 * checkpoint per block, as a busy deployment would have), then the real command runs on it.
 */
const total = Number(process.env.BENCH_AUDIT_ENTRIES ?? 10_000_000);
const blockSize = 10_000;
const actions = ['read', 'list', 'read', 'application.submit', 'special-categories.record'];
const roles = ['registrar', 'reviewer', 'doctor', 'case-worker'];

function entry(seq: number, day: number): EntryTuple {
  return [
    seq,
    new Date(day + seq * 17).toISOString(),
    `0199a1b2-${(seq % 9973).toString(16).padStart(4, '0')}-7c3d-8e4f-5a6b7c8d9e0f`,
    roles[seq % roles.length]!,
    actions[seq % actions.length]!,
    seq % 5 === 3 ? null : 'case-processing',
    'person',
    `0199a1b2-${(seq % 65521).toString(16).padStart(4, '0')}-7000-8000-${seq.toString(16).padStart(12, '0')}`,
    seq % 5 === 3 ? null : '["identity","contact","documents"]',
    seq % 5 === 3 ? '{"channel":"reception","householdSize":3}' : null,
  ];
}

header(`Audit trail verification (${total.toLocaleString('en')} entries, blocks of ${blockSize.toLocaleString('en')}, SQLite)`);
ensureBuilt();
const dataDir = freshDataDir('trust-verify');
const env = { HOMEWARD_DATA_DIR: dataDir, HOMEWARD_LOG_LEVEL: 'warn' };
try {
  // Keys and schema first, as the server would make them; its signer signs the checkpoints.
  const runtime = await openRuntime(loadConfig({ ...env, HOMEWARD_LOG_LEVEL: 'error' }));
  const signer = runtime.deps.keys.signer;
  const file = runtime.deps.config.database.kind === 'sqlite' ? runtime.deps.config.database.file : '';
  await runtime.close();

  const started = performance.now();
  const db = new Database(file);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insertEntry = db.prepare('insert into audit_entries (seq, at, actor_id, actor_role, action, purpose, record_type, record_id, sections, detail) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)');
  const insertBlock = db.prepare('insert into audit_blocks (number, size, end_position, high_seq, seqs, digests, hash, sealed_at) values (?, ?, ?, ?, ?, ?, ?, ?)');
  const insertCheckpoint = db.prepare('insert into audit_checkpoints (block, size, hash, at, key_id, signature) values (?, ?, ?, ?, ?, ?)');
  const day = Date.parse('2026-01-15T06:00:00Z');
  let head: TrailHead = emptyTrail;
  const writeBlock = db.transaction((entries: EntryTuple[]) => {
    for (const e of entries) insertEntry.run(e as unknown as unknown[]);
    const block = buildBlock(head, entries);
    const at = entries.at(-1)![1];
    insertBlock.run(block.number, block.size, block.endPosition, block.highSeq, block.seqs, block.digests, block.hash, at);
    const claim = { block: block.number, size: block.endPosition, hash: block.hash, at };
    insertCheckpoint.run(block.number, block.endPosition, block.hash, at, signer.keyId, signer.sign(checkpointMessage(claim)).toString('base64'));
    head = block;
  });
  for (let seq = 1; seq <= total; seq += blockSize) {
    writeBlock(Array.from({ length: Math.min(blockSize, total - seq + 1) }, (_, i) => entry(seq + i, day)));
    if ((seq - 1) % 1_000_000 === 0) process.stderr.write(`\rgenerated ${(seq - 1).toLocaleString('en')} entries`);
  }
  db.pragma('wal_checkpoint(TRUNCATE)');
  db.close();
  process.stderr.write('\n');
  figure('generated (not part of the figure)', `${total.toLocaleString('en')} entries, ${head.number.toLocaleString('en')} blocks and signed checkpoints in ${((performance.now() - started) / 1000).toFixed(0)} s; ${(fs.statSync(file).size / 2 ** 30).toFixed(2)} GiB`);

  const t = performance.now();
  const r = spawnSync('node', [path.join(projectRoot(), 'bin/homeward.js'), 'audit', 'verify', '--json'], { env: { ...process.env, ...env }, encoding: 'utf8', maxBuffer: 1 << 26 });
  const seconds = (performance.now() - t) / 1000;
  if (r.status !== 0) throw new Error(`audit verify failed: ${r.stdout}${r.stderr}`);
  const report = JSON.parse(r.stdout) as { ok: boolean; entries: number; signedEntries: number };
  figure('`npx homeward audit verify`', `${seconds.toFixed(1)} s for ${report.entries.toLocaleString('en')} entries (${report.signedEntries.toLocaleString('en')} proven by signed checkpoints), ok=${report.ok}`, '≤ 60 s for 10,000,000');
} finally {
  if (!process.env.BENCH_KEEP) fs.rmSync(dataDir, { recursive: true, force: true });
  else process.stderr.write(`kept ${dataDir}\n`);
}
