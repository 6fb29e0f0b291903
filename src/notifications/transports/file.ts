import fs from 'node:fs/promises';
import path from 'node:path';
import type { Transport } from './transport.js';

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
        await fs.appendFile(file, line + '\n', { encoding: 'utf8' });
        return { kind: 'sent' };
      } catch (e) {
        return { kind: 'retry', error: `file sink: ${(e as NodeJS.ErrnoException).code ?? 'write failed'}` };
      }
    },
  };
}
