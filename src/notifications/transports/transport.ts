import type { DeliveryOutcome } from '../core/retry.js';

export interface OutgoingMessage {
  /** The outbox id: gateways use it to drop a message they already accepted. */
  id: number;
  channel: 'sms' | 'email';
  to: string;
  language: string;
  subject: string;
  text: string;
}

/**
 * A way to deliver a message. Errors it reports say what went wrong (status, code), never whom
 * the message was for: they are stored and shown to supervisors.
 */
export interface Transport {
  readonly name: string;
  send(message: OutgoingMessage): Promise<DeliveryOutcome>;
  close?(): Promise<void>;
}
