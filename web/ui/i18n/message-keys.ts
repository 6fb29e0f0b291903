import type en from './messages/en.js';

/** The console's message keys are the English catalogue's; every other catalogue has them all. */
export type MessageKey = keyof typeof en;
export type Messages = Record<MessageKey, string>;
