/**
 * When to try a failed message again: 30 s, 1 min, 2 min … doubling up to an hour, eight tries
 * in all (about four hours), after which the message is dead and waits for a person.
 */
export const retryPolicy = { firstDelayMs: 30_000, maxDelayMs: 60 * 60_000, maxAttempts: 8, leaseMs: 60_000 };

export type DeliveryOutcome =
  | { kind: 'sent' }
  /** The channel may accept it later (network down, gateway busy). */
  | { kind: 'retry'; error: string }
  /** The channel will never accept it (bad number, refused address): no point trying again. */
  | { kind: 'permanent'; error: string };

export type NextStep = { state: 'sent' } | { state: 'pending'; retryInMs: number } | { state: 'dead' };

/** What to do after the attempt numbered `attempts` (1 for the first) ended with `outcome`. */
export function afterAttempt(attempts: number, outcome: DeliveryOutcome): NextStep {
  if (outcome.kind === 'sent') return { state: 'sent' };
  if (outcome.kind === 'permanent' || attempts >= retryPolicy.maxAttempts) return { state: 'dead' };
  return { state: 'pending', retryInMs: Math.min(retryPolicy.firstDelayMs * 2 ** (attempts - 1), retryPolicy.maxDelayMs) };
}
