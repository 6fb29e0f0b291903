import type { Sealed } from './crypto.js';

export type ItemState = 'saved' | 'sending' | 'sent' | 'failed';

/** One outbox item as stored: its state in the clear, everything about the person sealed. */
export interface OutboxItem {
  seq?: number;
  changeId: string;
  kind: 'register' | 'edit';
  state: ItemState;
  /** Why the item failed or waits (plain words from the server's problem document, or the device's own). */
  reason?: string;
  /** The reference handed to the person (a registration), confirmed or replaced at sync. */
  reference?: string;
  /** The application a registration became, once accepted: where its document photos go. */
  applicationId?: string;
  savedAt: number;
  change: Sealed;
  /** What the list shows: the person's name, sealed too. */
  label: Sealed;
}
