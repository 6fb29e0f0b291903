import { randomFillSync } from 'node:crypto';
import type { Clock } from './clock.js';

/** Produces identifiers; injected so that tests and the demo loader can make them reproducible. */
export interface IdSource {
  /** A UUIDv7: time-ordered, so that new rows land at the end of primary-key indexes. */
  uuid(): string;
  /** Random bytes, for tokens and reference numbers. */
  bytes(n: number): Buffer;
}

const hex = (b: Buffer) => b.toString('hex');

export function uuidv7(ms: number, random: Buffer): string {
  const time = ms.toString(16).padStart(12, '0');
  const r = hex(random.subarray(0, 10));
  const variant = ((parseInt(r.slice(3, 4), 16) & 0x3) | 0x8).toString(16);
  return `${time.slice(0, 8)}-${time.slice(8, 12)}-7${r.slice(0, 3)}-${variant}${r.slice(4, 7)}-${r.slice(8, 20)}`;
}

/**
 * Cryptographically random ids and bytes. Bytes are drawn from the system generator in 4 KiB
 * pools: asking it for ten bytes at a time, several times per request, costs more than the rest
 * of building the ids.
 */
export function systemIds(clock: Clock): IdSource {
  const pool = Buffer.alloc(4096);
  let offset = pool.length;
  const take = (n: number): Buffer => {
    if (n > pool.length) return randomFillSync(Buffer.alloc(n));
    if (offset + n > pool.length) {
      randomFillSync(pool);
      offset = 0;
    }
    const out = Buffer.from(pool.subarray(offset, offset + n));
    offset += n;
    return out;
  };
  return {
    uuid: () => uuidv7(clock.now().getTime(), take(10)),
    bytes: take,
  };
}

export const isUuid = (v: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(v);
