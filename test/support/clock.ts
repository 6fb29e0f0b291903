import type { Clock } from '../../src/platform/clock.js';

/**
 * Real time, which a test may move forward: the default for test servers. A browser test needs
 * the server on real time (sessions, retries and timers behave as for a person), but a staff
 * member who signs in more often than TOTP allows within one 30-second step would otherwise wait
 * for the next step in real time.
 */
export class SkippableClock implements Clock {
  private offset = 0;
  now(): Date {
    return new Date(Date.now() + this.offset);
  }
  skip(ms: number): void {
    this.offset += ms;
  }
}
