import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface GatewayMessage {
  id: string;
  to: string;
  text: string;
  authorization: string | undefined;
}

/**
 * An SMS gateway on loopback that records every message it is sent. It accepts (200) unless told
 * otherwise: `script(to, [503, 503])` makes the next answers for that number 503, 503, then 200.
 * `delayMs` makes it a slow gateway, so that workers on several nodes overlap.
 */
export async function startFakeSmsGateway(options: { delayMs?: number } = {}) {
  const received: GatewayMessage[] = [];
  const scripts = new Map<string, number[]>();
  const server = http.createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const message = JSON.parse(Buffer.concat(chunks).toString('utf8')) as Omit<GatewayMessage, 'authorization'>;
      received.push({ ...message, authorization: req.headers.authorization });
      const status = scripts.get(message.to)?.shift() ?? 200;
      const answer = () => res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify({ accepted: status < 300 }));
      if (options.delayMs) setTimeout(answer, options.delayMs);
      else answer();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/send`,
    received,
    /** Messages sent to one number, in order. */
    to: (e164: string) => received.filter((m) => m.to === e164),
    script(to: string, statuses: number[]) {
      scripts.set(to, [...statuses]);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

export type FakeSmsGateway = Awaited<ReturnType<typeof startFakeSmsGateway>>;
