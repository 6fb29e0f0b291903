import type { Transport } from './transport.js';

/**
 * An SMS gateway reached over HTTP: a JSON POST {id, to, text} with a bearer token. A 2xx answer
 * means accepted; 429 and 5xx mean try later; any other 4xx means the gateway will never take
 * this message (bad number), so it goes straight to the dead letters.
 */
export function smsHttpTransport(url: string, token: string | undefined, timeoutMs = 10_000): Transport {
  return {
    name: 'sms-http',
    async send(m) {
      try {
        const res = await fetch(url, {
          method: 'POST',
          headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
          body: JSON.stringify({ id: String(m.id), to: m.to, text: m.text }),
          signal: AbortSignal.timeout(timeoutMs),
        });
        await res.body?.cancel();
        if (res.ok) return { kind: 'sent' };
        const error = `sms gateway answered ${res.status}`;
        return res.status === 429 || res.status >= 500 ? { kind: 'retry', error } : { kind: 'permanent', error };
      } catch (e) {
        const err = e as { name?: string; cause?: { code?: string } };
        return { kind: 'retry', error: `sms gateway unreachable (${err.cause?.code ?? err.name ?? 'error'})` };
      }
    },
  };
}
