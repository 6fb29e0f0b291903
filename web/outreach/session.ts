import type { DeviceMeta } from './device/device.js';

/** A signed-in outreach device: what it knows of itself, and the key that opens what it stores. */
export interface Session {
  meta: DeviceMeta;
  key: CryptoKey;
}
