import fs from 'node:fs/promises';
import path from 'node:path';
import type { Transport } from './transport.js';

/**
 * Writes to a sink file one at a time within this process: an erasure rewriting the file must not
 * lose a line appended meanwhile (another process appending at that moment could: the sink is
 * the embedded default, for one node).
 */
const queues = new Map<string, Promise<unknown>>();
function serially<T>(file: string, work: () => Promise<T>): Promise<T> {
  const next = (queues.get(file) ?? Promise.resolve()).then(work, work);
  queues.set(file, next.catch(() => undefined));
  return next;
}

/**
 * The embedded default: messages are appended, one JSON line each, to a file in the data folder,
 * where an operator (or a test) can read what would have been sent.
 */
export function fileTransport(file: string, now: () => Date): Transport {
  let ready: Promise<unknown> | undefined;
  return {
    name: 'file',
    async send(m) {
      ready ??= fs.mkdir(path.dirname(file), { recursive: true });
      await ready;
      const line = JSON.stringify({ at: now().toISOString(), id: m.id, channel: m.channel, to: m.to, language: m.language, subject: m.subject, text: m.text });
      try {
        await serially(file, () => fs.appendFile(file, line + '\n', { encoding: 'utf8' }));
        return { kind: 'sent' };
      } catch (e) {
        return { kind: 'retry', error: `file sink: ${(e as NodeJS.ErrnoException).code ?? 'write failed'}` };
      }
    },
  };
}

/**
 * Erasure (issue 4): drops from the sink every line holding one of the needles (a person's
 * addresses, their reference numbers), so that the messages delivered to them go too. Written
 * to a temporary file and renamed, so a crash leaves the old file or the new one, never half.
 * Messages delivered through SMTP or an SMS gateway are beyond reach: their logs are the
 * operators'. Returns how many lines were dropped.
 */
export function forgetInFileSink(file: string, needles: readonly string[]): Promise<number> {
  const wanted = needles.filter((n) => n.length >= 4);
  return serially(file, async () => {
    let text: string;
    try {
      text = await fs.readFile(file, 'utf8');
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT') return 0;
      throw e;
    }
    const lines = text.split('\n').filter(Boolean);
    const kept = lines.filter((line) => !wanted.some((n) => line.includes(n)));
    if (kept.length === lines.length) return 0;
    const temp = `${file}.erasure.tmp`;
    await fs.writeFile(temp, kept.map((l) => `${l}\n`).join(''), { encoding: 'utf8', flush: true });
    await fs.rename(temp, file);
    return lines.length - kept.length;
  });
}
